import { defineDictionary } from './i18n';

/** Texts of "voor en na": an experiment's indicators before and after its start, and the markers on charts. */
export const effects = defineDictionary(
  {
    title: 'Voor en na',
    intro:
      'Per indicator die het experiment wil bewegen: de kwartaalcijfers van {region} vóór en na de start ({start}), naast dezelfde kwartalen van een referentie, en het verschil-in-verschillen: (na − voor in de regio) − (na − voor in de referentie). "Voor" en "na" zijn het gemiddelde van de kwartalen waarin regio en referentie allebei bekend zijn.',
    caveats:
      'Lees dit als een eerste aanwijzing, niet als bewijs. Het zijn weinig kwartalen en vaak kleine aantallen, dus toeval speelt een grote rol. Andere veranderingen in dezelfde periode (beleid, personeel, registratie) kunnen hetzelfde effect geven. Deze vergelijking zegt niet dat het experiment de verandering veroorzaakte.',
    noStart:
      'Dit experiment heeft nog geen startdatum, dus er is geen "voor" en "na". Vul de startdatum in om de vergelijking te zien.',
    noIndicators:
      'Dit experiment noemt nog geen indicatoren die het wil bewegen. Kies ze op het formulier om de vergelijking te zien.',
    suppressed:
      'U ziet alleen goedgekeurde cijfers van hele kwartalen, met aantallen afgerond op 5; een percentage met een kleine noemer is verborgen en telt niet mee.',
    provisional: 'Cijfers van de eigen regio die nog niet zijn goedgekeurd, tellen mee als voorlopig.',
    referenceRegions:
      'Referentie: de andere regio’s zonder experiment op deze indicator, samengenomen (som van de tellers gedeeld door de som van de noemers): {regions}.',
    referenceRegionsNone:
      'Referentie: er is geen andere regio zonder experiment op deze indicator, dus er is geen referentie.',
    referenceSeries: 'Referentie: {label} (bron {source}, {table}, opgehaald {retrieved}).',
    caption: '{indicator}: {region} en de referentie per kwartaal',
    colQuarter: 'Kwartaal',
    colSide: 'Voor of na',
    colRegion: '{region}',
    colReference: 'Referentie',
    colDifference: 'Verschil (regio − referentie)',
    before: 'voor',
    after: 'na (vanaf de start)',
    unknown: 'onbekend',
    hidden: 'afgeschermd',
    leftOut: 'zonder {regions} (onbekend of afgeschermd)',
    summaryCaption: '{indicator}: gemiddelden vóór en na, en het verschil-in-verschillen',
    rowRegion: '{region}',
    rowReference: 'Referentie',
    colBefore: 'Voor',
    colAfter: 'Na',
    colChange: 'Verandering',
    did: 'Verschil-in-verschillen',
    didNone:
      'Geen verschil-in-verschillen: er is niet zowel vóór als na de start een kwartaal waarin regio en referentie allebei bekend zijn.',
    unknownQuarters:
      'Onbekend en niet meegeteld (een maand zonder cijfers of een onbekend deel, nooit als 0): {quarters}.',
    hiddenQuarters: 'Verborgen en niet meegeteld (kleine noemer): {quarters}.',
    usedQuarters: 'Meegeteld: voor {before}; na {after}.',
    noneQuarters: 'geen',
    markerStart: 'start {title}',
    markerEnd: 'einde {title}',
    markersNote: 'Gemarkeerd in de grafiek: {markers}.',
    markerLegendStart: '{category}: start van experiment "{title}" ({region})',
    markerLegendEnd: '{category}: einde van experiment "{title}" ({region})',
  },
  {
    title: 'Before and after',
    intro:
      'For each indicator the experiment aims to move: the quarterly figures of {region} before and after the start ({start}), beside the same quarters of a reference, and the difference-in-differences: (after − before in the region) − (after − before in the reference). "Before" and "after" are the mean of the quarters in which both the region and the reference are known.',
    caveats:
      'Read this as a first indication, not as proof. These are few quarters and often small numbers, so chance plays a large part. Other changes in the same period (policy, staff, recording) can have the same effect. This comparison does not say that the experiment caused the change.',
    noStart:
      'This experiment has no start date yet, so there is no "before" and "after". Enter the start date to see the comparison.',
    noIndicators:
      'This experiment names no indicators it aims to move yet. Choose them on the form to see the comparison.',
    suppressed:
      'You see approved figures of whole quarters only, with counts rounded to 5; a percentage over a small denominator is hidden and not counted.',
    provisional: 'Figures not yet approved count as provisional.',
    referenceRegions:
      'Reference: the other regions without an experiment on this indicator, pooled (the sum of the numerators divided by the sum of the denominators): {regions}.',
    referenceRegionsNone:
      'Reference: there is no other region without an experiment on this indicator, so there is no reference.',
    referenceSeries: 'Reference: {label} (source {source}, {table}, retrieved {retrieved}).',
    caption: '{indicator}: {region} and the reference per quarter',
    colQuarter: 'Quarter',
    colSide: 'Before or after',
    colRegion: '{region}',
    colReference: 'Reference',
    colDifference: 'Difference (region − reference)',
    before: 'before',
    after: 'after (from the start)',
    unknown: 'unknown',
    hidden: 'hidden',
    leftOut: 'without {regions} (unknown or hidden)',
    summaryCaption: '{indicator}: means before and after, and the difference-in-differences',
    rowRegion: '{region}',
    rowReference: 'Reference',
    colBefore: 'Before',
    colAfter: 'After',
    colChange: 'Change',
    did: 'Difference-in-differences',
    didNone:
      'No difference-in-differences: there is not both a quarter before and one after the start in which the region and the reference are known.',
    unknownQuarters:
      'Unknown and not counted (a month without figures or an unknown part, never taken as 0): {quarters}.',
    hiddenQuarters: 'Hidden and not counted (small denominator): {quarters}.',
    usedQuarters: 'Counted: before {before}; after {after}.',
    noneQuarters: 'none',
    markerStart: 'start {title}',
    markerEnd: 'end {title}',
    markersNote: 'Marked in the chart: {markers}.',
    markerLegendStart: '{category}: start of experiment "{title}" ({region})',
    markerLegendEnd: '{category}: end of experiment "{title}" ({region})',
  },
);
