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
    // cbs (#24): the check of the own counts
    checkTitle: 'Controle: eigen aantallen tegen CBS',
    checkIntro:
      'De eigen aantallen van de proeftuin naast wat CBS telt in haar eigen gemeenten, over het laatste afgesloten CBS-halfjaar of -jaar met een cijfer. Een verschil van meer dan 20 % van het CBS-cijfer vraagt om een verklaring (de definities verschillen, zie hieronder), niet om een correctie.',
    checkColOutcome: 'Uitkomst',
    checkColPeriod: 'CBS-periode',
    checkColOwn: 'Eigen aantal',
    checkColCbs: 'CBS, eigen gemeenten',
    checkColDifference: 'Verschil',
    checkColStatus: 'Controle',
    checkFlagged: 'Verschilt meer dan 20 %: verklaar het verschil',
    checkOk: 'Binnen 20 %',
    checkUnknown: 'Niet te controleren: eigen aantal onbekend',
    checkHidden: 'Niet te controleren: eigen aantal verborgen (kleine aantallen)',
    checkPartial: 'Geen passende referentie: de scope bevat een deel van een gemeente',
    checkNoFigure: 'Nog geen CBS-cijfer voor de eigen gemeenten',
    checkCbsZero: 'Niet te controleren: CBS telt 0',
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
    checkTitle: 'Check: own counts against CBS',
    checkIntro:
      'The pilot’s own counts beside what CBS counts in its own municipalities, over the latest ended CBS half-year or year with a figure. A difference of more than 20 % of the CBS figure asks for an explanation (the definitions differ, see below), not a correction.',
    checkColOutcome: 'Outcome',
    checkColPeriod: 'CBS period',
    checkColOwn: 'Own count',
    checkColCbs: 'CBS, own municipalities',
    checkColDifference: 'Difference',
    checkColStatus: 'Check',
    checkFlagged: 'Differs by more than 20 %: explain the difference',
    checkOk: 'Within 20 %',
    checkUnknown: 'Cannot be checked: own count unknown',
    checkHidden: 'Cannot be checked: own count hidden (small numbers)',
    checkPartial: 'No fitting reference: the scope holds part of a municipality',
    checkNoFigure: 'No CBS figure for the own municipalities yet',
    checkCbsZero: 'Cannot be checked: CBS counts 0',
  },
);
