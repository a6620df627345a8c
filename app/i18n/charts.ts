import { defineDictionary } from './i18n';

/** Texts of the chart frame: legend, the exported image's header and footer. */
export const charts = defineDictionary(
  {
    legend: 'Legenda',
    sourceDefault: 'Bron: Proeftuinmonitor, maandrapportages van de proeftuinen',
    sourceRegisters: 'Bron: Proeftuinmonitor, knelpunten- en experimentenregister',
    exportPeriod: 'Periode: {period}',
    exportMade: 'Gemaakt op {date}',
    targetLine: 'Streefwaarde',
    experimentStart: 'Start {name}',
    experimentEnd: 'Einde {name}',
    // hidden and unknown on line charts, intervals (#22, #23)
    intervalBand: '95 %-interval',
    hiddenMarker: 'verborgen (kleine aantallen)',
    unknownGap: 'onderbroken lijn zonder markering: onbekend (niet gemeld of onvolledig kwartaal)',
    hiddenPoint: '{line}, {period}: verborgen (kleine aantallen)',
  },
  {
    legend: 'Legend',
    sourceDefault: 'Source: Proeftuinmonitor, monthly reports of the pilot regions',
    sourceRegisters: 'Source: Proeftuinmonitor, bottleneck and experiment registers',
    exportPeriod: 'Period: {period}',
    exportMade: 'Made on {date}',
    targetLine: 'Target',
    experimentStart: 'Start {name}',
    experimentEnd: 'End {name}',
    // hidden and unknown on line charts, intervals (#22, #23)
    intervalBand: '95 % interval',
    hiddenMarker: 'hidden (small numbers)',
    unknownGap: 'line broken without a marker: unknown (not reported or incomplete quarter)',
    hiddenPoint: '{line}, {period}: hidden (small numbers)',
  },
);
