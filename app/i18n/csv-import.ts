import { defineDictionary } from './i18n';

/** Texts of the CSV imports (report values and reference series): check, errors, changes, apply. */
export const csvImport = defineDictionary(
  {
    check: 'Controleren',
    checking: 'Bezig met controleren…',
    apply: 'Doorvoeren',
    errors: 'Fouten in het bestand: {count}. Er is niets opgeslagen.',
    line: 'Regel',
    message: 'Fout',
    changesTitle: 'Wat er verandert',
    noChanges: 'Het bestand verandert geen waarden.',
    old: 'Oud',
    new: 'Nieuw',
    unknown: 'onbekend',
    fileRequired: 'Kies een CSV-bestand (maximaal 2 MB).',
    // The files' line checks (domain/csv-format.ts, domain/reference.ts)
    fileEmpty: 'Het bestand bevat geen gegevensregels.',
    fileTooMany: 'Het bestand heeft meer dan {max} regels; splits het op.',
    fileColumns: 'Verwacht {want} kolommen, gevonden: {found}.',
    valueNotNumber: 'Waarde ‘{value}’ is geen getal (laat leeg voor onbekend).',
    reportHeader: 'Regel 1 moet de kolomnamen bevatten: {columns} (of {template}).',
    reportPeriod: 'Periode ‘{period}’ is geen maand in de vorm JJJJ-MM.',
    reportElement: 'Onbekend gegevenselement ‘{element}’.',
    reportAmbiguous:
      'Waarde ‘{value}’ is dubbelzinnig: een punt scheidt duizendtallen. Schrijf een decimaal getal met een komma (1,234) of zonder scheidingsteken (1234).',
    reportDuplicate: 'Dezelfde regio, maand en element staan al op regel {first}.',
    refHeader: 'Regel 1 moet de kolomnamen bevatten: {columns}.',
    refCode: 'Reekscode ‘{code}’: gebruik 2–60 kleine letters, cijfers of streepjes.',
    refRequired: 'Kolom ‘{column}’ is leeg.',
    refIndicator: 'Onbekende indicator ‘{code}’ (laat leeg voor een losse reeks).',
    refUnit: 'Eenheid ‘{unit}’ is onbekend; kies uit {units}.',
    refUnitMismatch: 'Eenheid ‘{unit}’ past niet bij de indicator, die in ‘{want}’ is uitgedrukt.',
    refDate: 'Ophaaldatum ‘{date}’ is geen datum in de vorm JJJJ-MM-DD.',
    refPeriod: 'Periode ‘{period}’ is geen maand (JJJJ-MM), kwartaal (JJJJ-Kn) of jaar (JJJJ).',
    refAmbiguous:
      'Waarde ‘{value}’ is dubbelzinnig: schrijf een decimaal getal met één komma of punt, zonder scheidingstekens voor duizendtallen.',
    refDuplicate: 'Dezelfde reeks en periode staan al op regel {first}.',
    refInconsistent:
      'Kolom ‘{column}’ wijkt af van regel {first} van dezelfde reeks; een reeks heeft één naam, bron, tabel, ophaaldatum, eenheid en indicator.',
  },
  {
    check: 'Check',
    checking: 'Checking…',
    apply: 'Apply',
    errors: 'Errors in the file: {count}. Nothing was saved.',
    line: 'Line',
    message: 'Error',
    changesTitle: 'What will change',
    noChanges: 'The file changes no values.',
    old: 'Old',
    new: 'New',
    unknown: 'unknown',
    fileRequired: 'Choose a CSV file (at most 2 MB).',
    // The files' line checks (domain/csv-format.ts, domain/reference.ts)
    fileEmpty: 'The file has no data lines.',
    fileTooMany: 'The file has more than {max} lines; split it up.',
    fileColumns: 'Expected {want} columns, found: {found}.',
    valueNotNumber: 'Value ‘{value}’ is not a number (leave empty for unknown).',
    reportHeader: 'Line 1 must hold the column names: {columns} (or {template}).',
    reportPeriod: 'Period ‘{period}’ is not a month in the form YYYY-MM.',
    reportElement: 'Unknown data element ‘{element}’.',
    reportAmbiguous:
      'Value ‘{value}’ is ambiguous: a point may group thousands. Write a decimal with a comma (1,234) or without a separator (1234).',
    reportDuplicate: 'The same region, month and element are already on line {first}.',
    refHeader: 'Line 1 must hold the column names: {columns}.',
    refCode: 'Series code ‘{code}’: use 2–60 lower-case letters, digits or hyphens.',
    refRequired: 'Column ‘{column}’ is empty.',
    refIndicator: 'Unknown indicator ‘{code}’ (leave empty for a stand-alone series).',
    refUnit: 'Unit ‘{unit}’ is unknown; choose from {units}.',
    refUnitMismatch: 'Unit ‘{unit}’ does not fit the indicator, which is expressed in ‘{want}’.',
    refDate: 'Retrieval date ‘{date}’ is not a date in the form YYYY-MM-DD.',
    refPeriod: 'Period ‘{period}’ is not a month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY).',
    refAmbiguous:
      'Value ‘{value}’ is ambiguous: write a decimal number with one comma or point and no thousands separators.',
    refDuplicate: 'The same series and period are already on line {first}.',
    refInconsistent:
      'Column ‘{column}’ differs from line {first} of the same series; a series has one name, source, table, retrieval date, unit and indicator.',
  },
);
export type CsvImportKey = keyof typeof csvImport.nl;
