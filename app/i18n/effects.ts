import { defineDictionary } from './i18n';

/**
 * Texts of "voor en na": an experiment's indicators and outcome rates before and after its start
 * beside a comparison pool, the difference-in-differences with its interval, and the markers on charts.
 */
export const effects = defineDictionary(
  {
    title: 'Voor en na',
    intro:
      'Per indicator of uitkomst die het experiment wil bewegen: {region} vóór en na de start ({start}), naast een vergelijkingsgroep, en het verschil-in-verschillen: (na − voor in de regio) − (na − voor in de vergelijkingsgroep). Elke kant telt de aantallen over haar maanden op (som van de tellers gedeeld door de som van de noemers), nooit een gemiddelde van percentages.',
    windowMonths:
      '"Voor" zijn de twaalf hele maanden vóór de maand van de start ({before}); "na" begint bij de eerste hele maand vanaf de start en loopt tot twaalf maanden, tot de laatste maand met cijfers en niet voorbij het einde van het experiment ({after}).',
    windowQuarters:
      'U ziet geen losse maanden: "voor" en "na" bestaan uit hele kwartalen met aantallen afgerond op 5. Het kwartaal waarin de start valt telt aan geen van beide kanten mee, tenzij het experiment op de eerste dag ervan begon; na het einde telt alleen het laatste hele kwartaal ervoor. Voor: {before}; na: {after}.',
    afterNone: 'nog geen maanden',
    coverageRule:
      'Elke kant gebruikt de maanden die bekend zijn, als dat er minstens drie kwart zijn (9 van 12); anders is die kant onbekend.',
    caveats:
      'Lees dit als een aanwijzing, niet als bewijs. Het 95%-interval zegt hoe ver het verschil-in-verschillen door toeval alleen kan afwijken; een effect heet alleen buiten toevalsvariatie als het interval 0 uitsluit. Andere veranderingen in dezelfde periode (beleid, personeel, registratie) kunnen hetzelfde effect geven: deze vergelijking zegt niet dat het experiment de verandering veroorzaakte.',
    noStart:
      'Dit experiment heeft nog geen startdatum, dus er is geen "voor" en "na". Vul de startdatum in om de vergelijking te zien.',
    noIndicators:
      'Dit experiment noemt nog geen indicatoren of uitkomsten die het wil bewegen. Kies ze op het formulier om de vergelijking te zien.',
    suppressed:
      'U ziet alleen goedgekeurde cijfers van hele kwartalen, met aantallen afgerond op 5; ook de vergelijkingsgroep en het interval zijn uit die afgeronde aantallen berekend. Een waarde met een kleine noemer is verborgen.',
    provisional: 'Cijfers van de eigen regio die nog niet zijn goedgekeurd, tellen mee als voorlopig.',
    pool: 'Vergelijkingsgroep: de andere regio’s zonder lopend experiment op deze indicator in die periode (een experiment dat nog een idee is of wordt voorbereid telt niet als lopend), samengenomen: {regions}.',
    poolNone:
      'Vergelijkingsgroep: geen regio heeft aan beide kanten bekende cijfers zonder lopend experiment.',
    poolLeftOut: 'Niet in de vergelijkingsgroep: {list}.',
    leftRunning: 'lopend experiment op deze indicator',
    leftBefore: 'te weinig maanden bekend vóór de start',
    leftAfter: 'te weinig maanden bekend na de start',
    leftHidden: 'verborgen (kleine noemer)',
    summaryCaption: '{indicator}: vóór en na, en het verschil-in-verschillen met 95%-interval',
    rowRegion: '{region}',
    rowPool: 'Vergelijkingsgroep',
    colBefore: 'Voor',
    colAfter: 'Na',
    colChange: 'Verandering',
    did: 'Verschil-in-verschillen (95%-interval)',
    countsOf: '{numerator} van {denominator}',
    countsRate: '{count} over {years} kindjaren',
    monthsKnown: '{known} van {total} maanden',
    unknown: 'onbekend',
    hidden: 'verborgen (kleine noemer)',
    tooFew: 'onbekend ({known} van {total} maanden bekend, minstens {minimum} nodig)',
    verdictIncrease: 'Een stijging buiten toevalsvariatie (het interval sluit 0 uit).',
    verdictDecrease: 'Een daling buiten toevalsvariatie (het interval sluit 0 uit).',
    verdictWithin: 'Binnen toevalsvariatie: het interval omvat 0, dus geen aantoonbaar effect.',
    noInterval:
      'Geen interval: deze indicator is geen aandeel of tempo van aantallen (bijvoorbeeld een gemiddelde in dagen), dus er is geen uitspraak over toeval.',
    reasonNotStarted: 'Geen verschil-in-verschillen: er zijn nog geen cijfers van na de start.',
    reasonRegionBefore:
      'Geen verschil-in-verschillen: van {region} zijn vóór de start te weinig maanden bekend.',
    reasonRegionAfter:
      'Geen verschil-in-verschillen: van {region} zijn na de start te weinig maanden bekend.',
    reasonRegionHidden: 'Geen verschil-in-verschillen: de waarde van {region} is verborgen (kleine noemer).',
    reasonNoPool:
      'Geen verschil-in-verschillen: er is geen vergelijkingsregio zonder lopend experiment met aan beide kanten bekende cijfers.',
    reasonPoolHidden: 'Geen verschil-in-verschillen: de vergelijkingsgroep is verborgen (kleine noemer).',
    reasonZero: 'Geen verschil-in-verschillen: een noemer is 0.',
    markerStart: 'start {title}',
    markerEnd: 'einde {title}',
    markersNote: 'Gemarkeerd in de grafiek: {markers}.',
    markerLegendStart: '{category}: start van experiment "{title}" ({region})',
    markerLegendEnd: '{category}: einde van experiment "{title}" ({region})',
    // experience items as targets (#25)
    expTitle: 'Ervaring voor en na',
    expIntro:
      'Per ervaringsvraag: het aandeel dat instemt in het jaar (vier kwartalen, of twee halfjaren) voor de start en vanaf het eerste hele kwartaal erna, in deze regio en in de regio’s zonder lopend experiment op die vraag; het verschil-in-verschillen met zijn 95%-interval (Wilson, Newcombe). Onder de 10 antwoorden wordt een aandeel niet getoond.',
    expColItem: 'Vraag',
    expColBefore: 'Voor ({from} – {to})',
    expColAfter: 'Na ({from} – {to})',
    expColPool: 'Vergelijkingsgroep voor → na',
    expColDid: 'Verschil-in-verschillen (95%-interval)',
    expHidden: 'x (verborgen: te weinig antwoorden)',
    expUnknown: 'onbekend',
    expNotStarted: 'nog geen periode na de start',
    expNoDid: 'niet te berekenen',
    expPoints: '{value} procentpunt ({low} tot {high})',
  },
  {
    title: 'Before and after',
    intro:
      'For each indicator or outcome the experiment aims to move: {region} before and after the start ({start}), beside a comparison group, and the difference-in-differences: (after − before in the region) − (after − before in the comparison group). Each side adds up the counts over its months (the sum of the numerators divided by the sum of the denominators), never a mean of percentages.',
    windowMonths:
      '"Before" is the twelve whole months before the month of the start ({before}); "after" begins with the first whole month from the start and runs up to twelve months, to the last month with figures and not past the experiment’s end ({after}).',
    windowQuarters:
      'You see no single months: "before" and "after" are made of whole quarters with counts rounded to 5. The quarter holding the start counts on neither side, unless the experiment began on its first day; after its end, only the last whole quarter before it counts. Before: {before}; after: {after}.',
    afterNone: 'no months yet',
    coverageRule:
      'Each side uses the months that are known, when they are at least three quarters of them (9 of 12); otherwise that side is unknown.',
    caveats:
      'Read this as an indication, not as proof. The 95% interval says how far the difference-in-differences could lie off through chance alone; an effect is called beyond chance only when the interval excludes 0. Other changes in the same period (policy, staff, recording) can have the same effect: this comparison does not say that the experiment caused the change.',
    noStart:
      'This experiment has no start date yet, so there is no "before" and "after". Enter the start date to see the comparison.',
    noIndicators:
      'This experiment names no indicators or outcomes it aims to move yet. Choose them on the form to see the comparison.',
    suppressed:
      'You see approved figures of whole quarters only, with counts rounded to 5; the comparison group and the interval are computed from those rounded counts too. A value over a small denominator is hidden.',
    provisional: 'Figures of the own region not yet approved count as provisional.',
    pool: 'Comparison group: the other regions without a running experiment on this indicator in that period (an experiment still an idea or in preparation does not count as running), pooled: {regions}.',
    poolNone: 'Comparison group: no region has known figures on both sides without a running experiment.',
    poolLeftOut: 'Not in the comparison group: {list}.',
    leftRunning: 'running experiment on this indicator',
    leftBefore: 'too few months known before the start',
    leftAfter: 'too few months known after the start',
    leftHidden: 'hidden (small denominator)',
    summaryCaption: '{indicator}: before and after, and the difference-in-differences with its 95% interval',
    rowRegion: '{region}',
    rowPool: 'Comparison group',
    colBefore: 'Before',
    colAfter: 'After',
    colChange: 'Change',
    did: 'Difference-in-differences (95% interval)',
    countsOf: '{numerator} of {denominator}',
    countsRate: '{count} over {years} child-years',
    monthsKnown: '{known} of {total} months',
    unknown: 'unknown',
    hidden: 'hidden (small denominator)',
    tooFew: 'unknown ({known} of {total} months known, at least {minimum} needed)',
    verdictIncrease: 'A rise beyond chance variation (the interval excludes 0).',
    verdictDecrease: 'A fall beyond chance variation (the interval excludes 0).',
    verdictWithin: 'Within chance variation: the interval includes 0, so no demonstrable effect.',
    noInterval:
      'No interval: this indicator is not a share or rate of counts (a mean in days, for example), so there is no statement about chance.',
    reasonNotStarted: 'No difference-in-differences: there are no figures from after the start yet.',
    reasonRegionBefore:
      'No difference-in-differences: too few months of {region} are known before the start.',
    reasonRegionAfter: 'No difference-in-differences: too few months of {region} are known after the start.',
    reasonRegionHidden: 'No difference-in-differences: the value of {region} is hidden (small denominator).',
    reasonNoPool:
      'No difference-in-differences: there is no comparison region without a running experiment with known figures on both sides.',
    reasonPoolHidden: 'No difference-in-differences: the comparison group is hidden (small denominator).',
    reasonZero: 'No difference-in-differences: a denominator is 0.',
    markerStart: 'start {title}',
    markerEnd: 'end {title}',
    markersNote: 'Marked in the chart: {markers}.',
    markerLegendStart: '{category}: start of experiment "{title}" ({region})',
    markerLegendEnd: '{category}: end of experiment "{title}" ({region})',
    // experience items as targets (#25)
    expTitle: 'Experience before and after',
    expIntro:
      'Per experience item: the share agreeing in the year (four quarters, or two half-years) before the start and from the first whole quarter after it, in this region and in the regions without a running experiment on that item; the difference-in-differences with its 95% interval (Wilson, Newcombe). A share is not shown below 10 answers.',
    expColItem: 'Item',
    expColBefore: 'Before ({from} – {to})',
    expColAfter: 'After ({from} – {to})',
    expColPool: 'Comparison group before → after',
    expColDid: 'Difference-in-differences (95% interval)',
    expHidden: 'x (hidden: too few answers)',
    expUnknown: 'unknown',
    expNotStarted: 'no period after the start yet',
    expNoDid: 'cannot be computed',
    expPoints: '{value} percentage points ({low} to {high})',
  },
);

export type EffectsKey = keyof typeof effects.nl;
