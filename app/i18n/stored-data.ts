import { defineDictionary } from './i18n';

/** The list of stored values today's forms would refuse (models/stored-data-check.server.ts). */
export const storedData = defineDictionary(
  {
    title: 'Opgeslagen gegevens om te verbeteren',
    intro:
      'Deze waarden zijn opgeslagen voordat de formulieren ze weigerden. Er is niets gewist of veranderd: verbeter ze via de link.',
    period: '{label}: periode ‘{value}’ ({field}) ligt buiten de jaren {first} tot en met {last}.',
    name: '{label}: de naam ({field}) bevat een regeleinde of ander stuurteken.',
    correct: 'Verbeteren',
  },
  {
    title: 'Stored data to correct',
    intro:
      'These values were stored before the forms refused them. Nothing was deleted or changed: correct them through the link.',
    period: '{label}: period ‘{value}’ ({field}) lies outside the years {first} to {last}.',
    name: '{label}: the name ({field}) contains a line break or other control character.',
    correct: 'Correct',
  },
);
