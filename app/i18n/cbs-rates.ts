import { defineDictionary } from './i18n';

/**
 * CBS in the rates (issue 24): which population the rates per 10,000 children use, the check of
 * the pilot's own counts against CBS, and the regional comparison groups on the compare page.
 */
export const cbsRatesText = defineDictionary(
  {
    // cbs (#24): the population of the rates
    originCbs: 'CBS',
    originTyped: 'Getypt',
    originMixed: 'CBS en getypt',
    originUnknown: 'onbekend',
    populationTitle: 'Kinderen 0–17 in de cijfers per 10.000',
    populationNote:
      'Kinderen 0–17 jaar in de cijfers per 10.000: {list}. CBS: de kinderen op 1 januari in de gemeenten van de scope (CBS StatLine 03759ned); getypt: de geschatte aantallen van de scope, waar CBS de scope niet dekt (een deel van een gemeente) of het jaar nog niet heeft.',
    populationOne: '{origin} ({source})',
    populationRow: '{region}: {origin}',
    colPopulation: 'Kinderen 0–17',
    scopePopulation: 'Kinderen in de cijfers per 10.000',
    scopePopulationValue: '{n} ({origin}, {source})',
  },
  {
    originCbs: 'CBS',
    originTyped: 'Typed',
    originMixed: 'CBS and typed',
    originUnknown: 'unknown',
    populationTitle: 'Children 0–17 in the figures per 10,000',
    populationNote:
      'Children aged 0–17 in the figures per 10,000: {list}. CBS: the children on 1 January in the scope’s municipalities (CBS StatLine 03759ned); typed: the scope’s estimated numbers, where CBS does not cover the scope (part of a municipality) or does not have the year yet.',
    populationOne: '{origin} ({source})',
    populationRow: '{region}: {origin}',
    colPopulation: 'Children 0–17',
    scopePopulation: 'Children in the figures per 10,000',
    scopePopulationValue: '{n} ({origin}, {source})',
  },
);
