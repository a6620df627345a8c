import { defineDictionary } from './i18n';

/**
 * The outcomes block and what a programme total leaves out (overview, region page, progress report,
 * indicator page). Its own small dictionary: the overview's JavaScript carries no admin texts.
 */
export const outcomesText = defineDictionary(
  {
    colName: 'Regio',
    percentPoints: 'procentpunt',
    outcomesTitle: 'Uitkomsten',
    outcomesIntro:
      'Wat er met kinderen en gezinnen gebeurt, apart van de basisprincipes en nooit meegeteld in een score. Aantallen per 10.000 kinderen van 0–17 jaar in de scope van de proeftuin, per jaar (een kwartaal omgerekend naar een jaar).',
    outcomesCaption:
      'Uitkomsten {period}, met verandering tegen de vorige periode ({previous}) en de basisperiode',
    colOutcome: 'Uitkomst',
    colValue: 'Waarde',
    colCount: 'Aantal',
    colPrevious: 'Vorige periode',
    colChangePrevious: 'Verschil met vorige',
    colBaselineValue: 'Basisperiode',
    colChangeBaseline: 'Verschil met basis',
    colTrend: 'Ontwikkeling (laatste kwartalen)',
    unitRate: 'per 10.000 kinderen per jaar',
    unitPercent: '%',
    baselineOfRegions: 'Basisperiode: per regio de eigen basisperiode ({list}).',
    baselineOfRegion: 'Basisperiode: {from} t/m {to}.',
    baselineNotWholeQuarters:
      'De basisperiode begint of eindigt midden in een kwartaal; aantallen worden per heel kwartaal afgerond, dus de waarden over de basisperiode worden hier niet getoond.',
    hiddenSmall: 'verborgen (kleine noemer)',
    totalCovers: 'Het programmatotaal telt {n} van {of} regio’s.',
    totalLeavesOut: 'Niet meegeteld: {list}.',
    reasonIncomplete: 'niet voor elke maand (goedgekeurde) cijfers',
    reasonUnknown: 'waarde onbekend',
    reasonNoPopulation: 'geen bevolking in scope vastgelegd',
    totalCoversIndicators: 'Het programmatotaal laat bij sommige indicatoren regio’s weg:',
    colBaselinePeriod: 'Basisperiode (maanden)',
    baselinePerRegion: 'per regio de eigen',
    baselineTotalNote:
      'De basis van het programmatotaal telt de tellers en de noemers van elke regio over haar eigen basisperiode op (geen gemiddelde van de regio’s).',
    baselineLeavesOut: 'Niet meegeteld in het verschil van het programmatotaal met de basis: {list}.',
    reasonHidden: 'verborgen (kleine noemer)',
    totalPrinciplesLeaveOut: 'Het programmatotaal van {period} laat regio’s weg:',
    // hidden and unknown (#22)
    unknown: 'onbekend',
    // baselines that stay visible (#23)
    reasonCoverage: 'te weinig maanden van de basisperiode bekend',
    baselineCoverageRule:
      'Een basiswaarde gebruikt de maanden van de basisperiode die bekend zijn, als dat er minstens drie kwart zijn (9 van 12 maanden); anders is zij onbekend. Wie afgeronde cijfers ziet, telt alleen hele kwartalen (3 van 4).',
    baselineMonthsKnown: '{known} van {total} maanden',
    baselineTooFew: 'onbekend: {known} van {total} maanden bekend, minstens {minimum} nodig',
    matchedNote:
      '{label}: vergeleken over dezelfde regio’s in beide perioden (nu {now}, basis {base}). Niet meegeteld: {list}.',
    sideNow: 'nu',
    sideBaseline: 'basis',
    reasonReference: 'basis uit referentiecijfers, zonder aantallen',
    baselineFromReference: 'uit {label} ({source})',
    matchedRule:
      'Het verschil van het programmatotaal met de basis telt alleen de regio’s die nu én in de basis een waarde hebben (gelijke regio’s in beide perioden).',
    // page weight (#26)
    regionsCollapsed:
      'Met {count} regio’s staan de uitkomsten van elke regio op haar eigen pagina (de naam in de lijst); de tabel met alle regio’s staat achter de link hieronder.',
    showAllRegions: 'Toon de uitkomsten van alle {count} regio’s in één tabel',
  },
  {
    colName: 'Region',
    percentPoints: 'percentage points',
    outcomesTitle: 'Outcomes',
    outcomesIntro:
      'What happens to children and families, apart from the principles and never counted in a score. Numbers per 10,000 children aged 0–17 in the pilot’s scope, per year (a quarter converted to a year).',
    outcomesCaption:
      'Outcomes {period}, with the change against the previous period ({previous}) and the baseline',
    colOutcome: 'Outcome',
    colValue: 'Value',
    colCount: 'Count',
    colPrevious: 'Previous period',
    colChangePrevious: 'Change from previous',
    colBaselineValue: 'Baseline',
    colChangeBaseline: 'Change from baseline',
    colTrend: 'Trend (recent quarters)',
    unitRate: 'per 10,000 children per year',
    unitPercent: '%',
    baselineOfRegions: 'Baseline: each region’s own baseline ({list}).',
    baselineOfRegion: 'Baseline: {from} to {to}.',
    baselineNotWholeQuarters:
      'The baseline starts or ends within a quarter; counts are rounded per whole quarter, so the values over the baseline are not shown here.',
    hiddenSmall: 'hidden (small denominator)',
    totalCovers: 'The programme total holds {n} of {of} regions.',
    totalLeavesOut: 'Left out: {list}.',
    reasonIncomplete: 'no (approved) figures for every month',
    reasonUnknown: 'value unknown',
    reasonNoPopulation: 'no population in scope recorded',
    totalCoversIndicators: 'The programme total leaves regions out for some indicators:',
    colBaselinePeriod: 'Baseline (months)',
    baselinePerRegion: 'each region its own',
    baselineTotalNote:
      'The programme total’s baseline adds up the numerators and the denominators of each region over its own baseline (not a mean of the regions).',
    baselineLeavesOut: 'Left out of the programme total’s change from the baseline: {list}.',
    reasonHidden: 'hidden (small denominator)',
    totalPrinciplesLeaveOut: 'The programme total of {period} leaves regions out:',
    // hidden and unknown (#22)
    unknown: 'unknown',
    // baselines that stay visible (#23)
    reasonCoverage: 'too few months of the baseline known',
    baselineCoverageRule:
      'A baseline value uses the months of the baseline that are known, when they are at least three quarters of them (9 of 12 months); otherwise it is unknown. Who sees rounded figures counts whole quarters only (3 of 4).',
    baselineMonthsKnown: '{known} of {total} months',
    baselineTooFew: 'unknown: {known} of {total} months known, at least {minimum} needed',
    matchedNote:
      '{label}: compared over the same regions in both periods (now {now}, baseline {base}). Left out: {list}.',
    sideNow: 'now',
    sideBaseline: 'baseline',
    reasonReference: 'baseline from reference figures, without counts',
    baselineFromReference: 'from {label} ({source})',
    matchedRule:
      'The programme total’s change from the baseline counts only the regions that have a value now and in the baseline (the same regions in both periods).',
    // page weight (#26)
    regionsCollapsed:
      'With {count} regions each region’s outcomes are on its own page (the name in the list); the table of every region is behind the link below.',
    showAllRegions: 'Show the outcomes of all {count} regions in one table',
  },
);

export type OutcomesKey = keyof typeof outcomesText.nl;
