import type { BottleneckStatus, ExperimentStatus } from '#app/domain/register-codes';

/**
 * Colours of the statuses in stacked bars (Paul Tol's palette, distinguishable with the common
 * forms of colour blindness). Never the only carrier of meaning: the legend and the table name
 * each status.
 */
export const BOTTLENECK_STATUS_COLOURS: Record<BottleneckStatus, string> = {
  gesignaleerd: '#88CCEE',
  'in analyse': '#44AA99',
  'landelijk geagendeerd': '#117733',
  'experimenteerwet nodig': '#DDCC77',
  'wetswijziging nodig': '#CC6677',
  'opgelost binnen huidige wet': '#332288',
  vervallen: '#999999',
};

export const EXPERIMENT_STATUS_COLOURS: Record<ExperimentStatus, string> = {
  idee: '#88CCEE',
  voorbereiding: '#44AA99',
  lopend: '#117733',
  evaluatie: '#DDCC77',
  geborgd: '#332288',
  gestopt: '#999999',
};
