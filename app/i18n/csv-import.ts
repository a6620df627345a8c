import { defineDictionary } from './i18n';

/** Texts of the one CSV import flow (report values and reference series): check, errors, changes, apply. */
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
  },
);
