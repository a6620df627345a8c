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
  },
);
