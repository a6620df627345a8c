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
    fileTooLarge:
      'Het bestand is groter dan 2 MB. Splits het op in kleinere bestanden; er is niets opgeslagen.',
    fileEncoding:
      'Het bestand is geen geldige UTF-8-tekst. Sla het op als ‘CSV UTF-8’ en probeer het opnieuw; er is niets opgeslagen.',
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
    refDateMissing: 'Ophaaldatum ‘{date}’ bestaat niet.',
    refPeriod: 'Periode ‘{period}’ is geen maand (JJJJ-MM), kwartaal (JJJJ-Kn) of jaar (JJJJ).',
    refOutOfWindow: '{what} ‘{value}’ ligt buiten de jaren {first} tot en met {last}.',
    refWhatDate: 'Ophaaldatum',
    refWhatPeriod: 'Periode',
    refTooLong: 'Kolom ‘{column}’ is langer dan {max} tekens.',
    refControl: 'Kolom ‘{column}’ bevat een regeleinde, tab of ander stuurteken.',
    refRange: 'Waarde ‘{value}’ kan niet voor eenheid ‘{unit}’: het moet liggen tussen {min} en {max}.',
    refAmbiguous:
      'Waarde ‘{value}’ is dubbelzinnig: schrijf een decimaal getal met één komma of punt, zonder scheidingstekens voor duizendtallen.',
    refDuplicate: 'Dezelfde reeks en periode staan al op regel {first}.',
    refInconsistent:
      'Kolom ‘{column}’ wijkt af van regel {first} van dezelfde reeks; een reeks heeft één naam, bron, tabel, ophaaldatum, eenheid en indicator.',
    // experience (#25): the retired client rating
    reportRetired:
      'Gegevenselement ‘{element}’ wordt vanaf {from} niet meer gevraagd (vervangen door de ervaringsvragen).',
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
    fileTooLarge: 'The file is larger than 2 MB. Split it into smaller files; nothing was saved.',
    fileEncoding:
      'The file is not valid UTF-8 text. Save it as ‘CSV UTF-8’ and try again; nothing was saved.',
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
    refDateMissing: 'Retrieval date ‘{date}’ does not exist.',
    refPeriod: 'Period ‘{period}’ is not a month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY).',
    refOutOfWindow: '{what} ‘{value}’ lies outside the years {first} to {last}.',
    refWhatDate: 'Retrieval date',
    refWhatPeriod: 'Period',
    refTooLong: 'Column ‘{column}’ is longer than {max} characters.',
    refControl: 'Column ‘{column}’ contains a line break, tab or other control character.',
    refRange: 'Value ‘{value}’ is not possible for unit ‘{unit}’: it must lie between {min} and {max}.',
    refAmbiguous:
      'Value ‘{value}’ is ambiguous: write a decimal number with one comma or point and no thousands separators.',
    refDuplicate: 'The same series and period are already on line {first}.',
    refInconsistent:
      'Column ‘{column}’ differs from line {first} of the same series; a series has one name, source, table, retrieval date, unit and indicator.',
    // experience (#25): the retired client rating
    reportRetired:
      'Data element ‘{element}’ is no longer asked from {from} (replaced by the experience items).',
  },
);
export type CsvImportKey = keyof typeof csvImport.nl;
