import { defineDictionary } from './i18n';

/** Texts of the CBS StatLine import (issue 24): the parser's messages, the page and the dry run. */
export const cbs = defineDictionary(
  {
    // the parser (app/domain/cbs-odata.ts)
    notJson: 'Het antwoord van CBS voor tabel {table} is geen geldige JSON. Er is niets opgeslagen.',
    noValueArray:
      'Het antwoord van CBS voor tabel {table} heeft niet de vorm van een OData-dataset (geen lijst “value”). Er is niets opgeslagen.',
    missingDimension:
      'Tabel {table}: de kolom “{column}” ontbreekt. Is dit de juiste tabel? Er is niets opgeslagen.',
    missingTopic:
      'Tabel {table}: het onderwerp “{topic}” ({measure}) ontbreekt. CBS heeft de tabel mogelijk gewijzigd; er is niets opgeslagen.',
    badPeriod: 'Tabel {table}: “{period}” is geen periode die de monitor kent (jaar, halfjaar of kwartaal).',
    badNumber: 'Tabel {table}, regel {line}: “{value}” is geen getal.',
    unknownTable: 'Tabel “{table}” staat niet in de lijst van CBS-tabellen die de monitor leest.',
    csvEmpty: 'Het CSV-bestand is leeg.',
    csvNoHeader:
      'Het CSV-bestand heeft geen kopregel met de kolommen RegioS en Perioden (download de tabel met codes uit StatLine).',
    noCells: 'Tabel {table} bevat geen cijfers voor de onderwerpen die de monitor leest.',
    tooManyPages:
      'Tabel {table} heeft meer dan {max} pagina’s; de monitor stopt hier. Er is niets opgeslagen.',
  },
  {
    notJson: 'The CBS response for table {table} is not valid JSON. Nothing was stored.',
    noValueArray:
      'The CBS response for table {table} is not an OData data set (no “value” list). Nothing was stored.',
    missingDimension:
      'Table {table}: the column “{column}” is missing. Is this the right table? Nothing was stored.',
    missingTopic:
      'Table {table}: the topic “{topic}” ({measure}) is missing. CBS may have changed the table; nothing was stored.',
    badPeriod: 'Table {table}: “{period}” is not a period the monitor knows (year, half-year or quarter).',
    badNumber: 'Table {table}, line {line}: “{value}” is not a number.',
    unknownTable: 'Table “{table}” is not in the list of CBS tables the monitor reads.',
    csvEmpty: 'The CSV file is empty.',
    csvNoHeader:
      'The CSV file has no header line with the columns RegioS and Perioden (download the table with codes from StatLine).',
    noCells: 'Table {table} holds no figures for the topics the monitor reads.',
    tooManyPages: 'Table {table} has more than {max} pages; the monitor stops here. Nothing was stored.',
  },
);

export type CbsKey = keyof typeof cbs.nl;
