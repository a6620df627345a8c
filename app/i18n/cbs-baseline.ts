import { defineDictionary } from './i18n';

/**
 * cbs (#24): a region's baseline of an outcome rate from CBS figures of the pre-pilot years
 * 2019–2022 (ADR 024), on the region's baseline page.
 */
export const cbsBaselineText = defineDictionary(
  {
    title: 'CBS-basis vóór de pilot (2019–2022)',
    intro:
      'De proeftuinen rapporteren sinds 2023. Ligt de basisperiode in 2019–2022, dan vult u de basis van een uitkomst uit CBS-cijfers: het aantal per 10.000 kinderen van 0–17 jaar per jaar in de eigen gemeenten van de proeftuin, over de hele CBS-halfjaren (of -jaren) binnen de basisperiode en 2019–2022. Samengevoegde gemeenten tellen in het gebied van hun opvolger, dus op de grenzen van nu.',
    caveat:
      'CBS telt naar de gemeente waar het kind staat ingeschreven (woonplaatsbeginsel), de proeftuin wat binnen haar scope gebeurt; zo’n basis heeft geen maandaantallen, telt alleen waar de maanden zelf geen basis geven en doet niet mee in het programmatotaal of de intervallen.',
    caption: 'Uitkomsten met een CBS-maat en hun CBS-basis vóór de pilot',
    colOutcome: 'Uitkomst',
    colMeasure: 'CBS-maat',
    colPeriods: 'CBS-perioden',
    colValue: 'Per 10.000 kinderen per jaar',
    colCurrent: 'Gevuld',
    colAction: 'Actie',
    value: '{value} ({count} over {years} kindjaren)',
    provisional: 'voorlopig',
    rounded: 'afgerond door CBS',
    fill: 'Basis van {outcome} vullen uit CBS',
    clear: 'CBS-basis van {outcome} wissen',
    filled: '{value} ({from} t/m {to}, CBS StatLine {table}, opgehaald {retrieved})',
    saved: 'De basis van {outcome} is gevuld uit CBS-cijfers vóór de pilot: {value} per 10.000 kinderen.',
    'reasonNo-scope': 'De regio heeft nog geen gemeenten als scope.',
    'reasonPartial-scope': 'Geen passende referentie: de scope bevat een deel van een gemeente.',
    'reasonNo-period':
      'Geen heel CBS-halfjaar of -jaar binnen de basisperiode en 2019–2022: zet de basisperiode eerst in die jaren.',
    'reasonNo-figures':
      'CBS heeft van deze maat geen cijfers per gemeente (zoals meldingen bij Veilig Thuis: alleen per Veilig Thuis-regio of landelijk).',
    reasonUnknown: 'Onbekend: een CBS-cijfer ontbreekt ({list}).',
    reasonCode: 'Deze uitkomst heeft geen CBS-maat; er is niets gevuld.',
    notFilled: 'Er is niets gevuld: {reason}',
  },
  {
    title: 'CBS baseline before the pilot (2019–2022)',
    intro:
      'The pilots report since 2023. When the baseline lies in 2019–2022, fill an outcome’s baseline from CBS figures: the number per 10,000 children aged 0–17 per year in the pilot’s own municipalities, over the whole CBS half-years (or years) within the baseline and 2019–2022. Merged municipalities count in their successor’s area, so on today’s borders.',
    caveat:
      'CBS counts by the municipality where the child is registered (residence rule), the pilot what happens within its scope; such a baseline has no monthly counts, counts only where the months give no baseline themselves and takes no part in the programme total or the intervals.',
    caption: 'Outcomes with a CBS measure and their CBS baseline before the pilot',
    colOutcome: 'Outcome',
    colMeasure: 'CBS measure',
    colPeriods: 'CBS periods',
    colValue: 'Per 10,000 children per year',
    colCurrent: 'Filled',
    colAction: 'Action',
    value: '{value} ({count} over {years} child-years)',
    provisional: 'provisional',
    rounded: 'rounded by CBS',
    fill: 'Fill the baseline of {outcome} from CBS',
    clear: 'Clear the CBS baseline of {outcome}',
    filled: '{value} ({from} to {to}, CBS StatLine {table}, retrieved {retrieved})',
    saved:
      'The baseline of {outcome} is filled from CBS figures before the pilot: {value} per 10,000 children.',
    'reasonNo-scope': 'The region has no municipalities as its scope yet.',
    'reasonPartial-scope': 'No fitting reference: the scope holds part of a municipality.',
    'reasonNo-period':
      'No whole CBS half-year or year within the baseline and 2019–2022: set the baseline in those years first.',
    'reasonNo-figures':
      'CBS has no figures of this measure per municipality (such as reports to Veilig Thuis: only per Veilig Thuis region or nationally).',
    reasonUnknown: 'Unknown: a CBS figure is missing ({list}).',
    reasonCode: 'This outcome has no CBS measure; nothing was filled.',
    notFilled: 'Nothing was filled: {reason}',
  },
);

export type CbsBaselineKey = keyof typeof cbsBaselineText.nl;
