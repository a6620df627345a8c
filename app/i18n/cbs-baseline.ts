import { defineDictionary } from './i18n';

/**
 * cbs (#24): a region's baseline of an outcome rate from CBS figures of the pre-pilot years
 * 2019–2022 (ADR 024), on the region's baseline page.
 */
export const cbsBaselineText = defineDictionary(
  {
    title: 'CBS-basis vóór de pilot (2019–2022)',
    intro:
      'De proeftuinen rapporteren sinds 2023. Voor de jaren daarvoor vult u de basis van een uitkomst uit CBS-cijfers: het aantal per 10.000 kinderen van 0–17 jaar per jaar in de eigen gemeenten van de proeftuin, over hele CBS-halfjaren (of -jaren) in 2019–2022, tot vier jaar (48 maanden) lang. Zonder eigen keuze is dat het deel van de basisperiode in die jaren, en anders 2019–2022. Samengevoegde gemeenten tellen in het gebied van hun opvolger, dus op de grenzen van nu.',
    caveat:
      'CBS telt naar de gemeente waar het kind staat ingeschreven (woonplaatsbeginsel), de proeftuin wat binnen haar scope gebeurt; zo’n basis heeft geen maandaantallen, telt alleen waar de maanden zelf geen basis geven en doet niet mee in het programmatotaal. De verandering ertegen krijgt een interval uit het CBS-aantal en de kindjaren. De basisperiode van de eigen maanden (hierboven, hoogstens 24 maanden) verandert er niet door.',
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
    'reasonNo-period': 'Geen heel CBS-halfjaar of -jaar binnen deze periode en 2019–2022.',
    'reasonNo-figures':
      'CBS heeft van deze maat geen cijfers per gemeente (zoals meldingen bij Veilig Thuis: alleen per Veilig Thuis-regio of landelijk).',
    reasonUnknown: 'Onbekend: een CBS-cijfer ontbreekt ({list}).',
    reasonCode: 'Deze uitkomst heeft geen CBS-maat; er is niets gevuld.',
    notFilled: 'Er is niets gevuld: {reason}',
    // cbs (#24): the span of a CBS baseline, up to 48 months
    spanLegend: 'Periode van de CBS-basis',
    spanFrom: 'CBS-basis vanaf',
    spanTo: 'CBS-basis tot en met',
    spanHint:
      'Hele halve jaren binnen 2019–2022: van januari of juli tot juni of december, ten hoogste 48 maanden.',
    spanShow: 'CBS-basis berekenen',
    spanCurrent: 'Berekend over {from} t/m {to}.',
    valSpanFrom: 'Vul bij ‘CBS-basis vanaf’ een maand in als JJJJ-MM, bijvoorbeeld 2019-01.',
    valSpanTo: 'Vul bij ‘CBS-basis tot en met’ een maand in als JJJJ-MM, bijvoorbeeld 2022-12.',
    valSpanOrder: 'De laatste maand van de CBS-basis ligt vóór de eerste.',
    valSpanLength: 'Een CBS-basis beslaat ten hoogste 48 maanden (de vier jaren 2019–2022).',
    valSpanOutside: 'Een CBS-basis vóór de pilot ligt binnen 2019-01 t/m 2022-12.',
    valSpanWhole:
      'Een CBS-basis bestaat uit hele halve jaren: begin in januari of juli en eindig in juni of december.',
  },
  {
    title: 'CBS baseline before the pilot (2019–2022)',
    intro:
      'The pilots report since 2023. For the years before, fill an outcome’s baseline from CBS figures: the number per 10,000 children aged 0–17 per year in the pilot’s own municipalities, over whole CBS half-years (or years) in 2019–2022, up to four years (48 months) long. Unless you choose, that is the part of the baseline in those years, otherwise 2019–2022. Merged municipalities count in their successor’s area, so on today’s borders.',
    caveat:
      'CBS counts by the municipality where the child is registered (residence rule), the pilot what happens within its scope; such a baseline has no monthly counts, counts only where the months give no baseline themselves and takes no part in the programme total. The change against it gets an interval from CBS’s count and child-years. The baseline of the own months (above, at most 24 months) does not change.',
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
    'reasonNo-period': 'No whole CBS half-year or year within this span and 2019–2022.',
    'reasonNo-figures':
      'CBS has no figures of this measure per municipality (such as reports to Veilig Thuis: only per Veilig Thuis region or nationally).',
    reasonUnknown: 'Unknown: a CBS figure is missing ({list}).',
    reasonCode: 'This outcome has no CBS measure; nothing was filled.',
    notFilled: 'Nothing was filled: {reason}',
    // cbs (#24): the span of a CBS baseline, up to 48 months
    spanLegend: 'Span of the CBS baseline',
    spanFrom: 'CBS baseline from',
    spanTo: 'CBS baseline up to and including',
    spanHint:
      'Whole half-years within 2019–2022: from January or July to June or December, at most 48 months.',
    spanShow: 'Compute the CBS baseline',
    spanCurrent: 'Computed over {from} to {to}.',
    valSpanFrom: 'Enter ‘CBS baseline from’ as a month YYYY-MM, for example 2019-01.',
    valSpanTo: 'Enter ‘CBS baseline up to and including’ as a month YYYY-MM, for example 2022-12.',
    valSpanOrder: 'The last month of the CBS baseline is before its first.',
    valSpanLength: 'A CBS baseline spans at most 48 months (the four years 2019–2022).',
    valSpanOutside: 'A CBS baseline before the pilot lies within 2019-01 to 2022-12.',
    valSpanWhole:
      'A CBS baseline consists of whole half-years: start in January or July and end in June or December.',
  },
);

export type CbsBaselineKey = keyof typeof cbsBaselineText.nl;
