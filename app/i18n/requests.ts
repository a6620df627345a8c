import { defineDictionary } from './i18n';

/** Messages for requests the server refuses (bad parameters), on pages, in JSON and in CSV. */
export const requests = defineDictionary(
  {
    badRequestTitle: 'Ongeldige aanvraag',
    periodInvalid:
      'De periode ‘{value}’ is ongeldig. Gebruik {forms}, in de jaren {first} tot en met {last}.',
    periodMonth: 'een maand (2026-07)',
    periodQuarter: 'een kwartaal (2026-Q3)',
    periodYear: 'een jaar (2026)',
    periodOr: ' of ',
    periodOrder: 'De periodes ‘van’ en ‘tot’ moeten van dezelfde soort zijn, en ‘van’ niet na ‘tot’.',
    periodTooMany: 'Kies hoogstens {n} periodes.',
    compareInvalid:
      'Deze vergelijking bestaat niet: kies een basisprincipe of indicator en een geldige periode.',
    monthOutOfWindow: 'Kies een maand in de jaren {first} tot en met {last}.',
    quarterOutOfWindow: 'Kies een kwartaal in de jaren {first} tot en met {last}.',
    dateOutOfWindow: 'Kies een datum in de jaren {first} tot en met {last}.',
    nameControl: 'Een naam mag geen regeleinde, tab of ander stuurteken bevatten.',
  },
  {
    badRequestTitle: 'Bad request',
    periodInvalid: 'The period ‘{value}’ is not valid. Use {forms}, in the years {first} to {last}.',
    periodMonth: 'a month (2026-07)',
    periodQuarter: 'a quarter (2026-Q3)',
    periodYear: 'a year (2026)',
    periodOr: ' or ',
    periodOrder: 'The periods ‘from’ and ‘to’ must be of one kind, and ‘from’ not after ‘to’.',
    periodTooMany: 'Choose at most {n} periods.',
    compareInvalid: 'This comparison does not exist: choose a principle or indicator and a valid period.',
    monthOutOfWindow: 'Choose a month in the years {first} to {last}.',
    quarterOutOfWindow: 'Choose a quarter in the years {first} to {last}.',
    dateOutOfWindow: 'Choose a date in the years {first} to {last}.',
    nameControl: 'A name cannot contain a line break, tab or other control character.',
  },
);

export type RequestsKey = keyof typeof requests.nl;
