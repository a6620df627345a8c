/**
 * The registers' code lists, labels and status pipelines: plain data and small functions, with no
 * zod, so that pages which only show labels (and db/schema.ts) do not pull in the form schemas.
 * The principles are those of principles.ts (one definition, one wording).
 */
import type { Lang, Text } from './lang';
import { PRINCIPLE_CODES, PRINCIPLES as PRINCIPLE_INFO, type PrincipleCode } from './principles';

/**
 * The kinds of register entry: register_history.entity_type (a text column, no SQL check), the
 * audit's `<entity>.create`, and each register definition's `entity` (register-definitions.ts).
 */
export const REGISTER_ENTITIES = ['experiment', 'bottleneck'] as const;
export type RegisterEntity = (typeof REGISTER_ENTITIES)[number];

export const EXPERIMENT_STATUSES = [
  'idee',
  'voorbereiding',
  'lopend',
  'evaluatie',
  'geborgd',
  'gestopt',
] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];
/** Closing an experiment needs its evaluation: an outcome and the lessons learned. */
export const CLOSED_EXPERIMENT_STATUSES = [
  'geborgd',
  'gestopt',
] as const satisfies readonly ExperimentStatus[];

export const EXPERIMENT_OUTCOMES = ['effectief', 'deels', 'niet effectief', 'onbekend'] as const;
export type ExperimentOutcome = (typeof EXPERIMENT_OUTCOMES)[number];

export const BOTTLENECK_STATUSES = [
  'gesignaleerd',
  'in analyse',
  'landelijk geagendeerd',
  'opgelost binnen huidige wet',
  'experimenteerwet nodig',
  'wetswijziging nodig',
  'vervallen',
] as const;
export type BottleneckStatus = (typeof BOTTLENECK_STATUSES)[number];
/** A bottleneck in one of these statuses is closed and carries a resolved date; all others are open. */
export const CLOSING_BOTTLENECK_STATUSES = [
  'opgelost binnen huidige wet',
  'vervallen',
] as const satisfies readonly BottleneckStatus[];

export const LEGAL_FRAMEWORKS = [
  'jeugdwet',
  'wmo2015',
  'bw1',
  'avg',
  'wvggz',
  'wzd',
  'strafrecht',
  'overig',
] as const;
export type LegalFramework = (typeof LEGAL_FRAMEWORKS)[number];
export const SEVERITIES = ['laag', 'middel', 'hoog', 'blokkerend'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const PRINCIPLES = PRINCIPLE_CODES;
export type Principle = PrincipleCode;
export const THEMES = [
  'family_approach',
  'zero_to_hundred',
  'court_legal_instruments',
  'local_team',
  'regional_safety_team',
  'scale',
  'integrated_steering',
  'supervision',
  'legal_protection',
  'adult_mental_health',
  'workforce',
  'information_provision',
] as const;
export type Theme = (typeof THEMES)[number];
export const PARTNERS = [
  'local_team',
  'rvdk',
  'gi',
  'veilig_thuis',
  'adult_mh',
  'police',
  'prosecutor',
  'education',
  'youth_health_care',
  'lived_experience',
] as const;
export type Partner = (typeof PARTNERS)[number];

export const EXPERIMENT_STATUS_LABELS: Record<ExperimentStatus, Text> = {
  idee: { nl: 'Idee', en: 'Idea' },
  voorbereiding: { nl: 'Voorbereiding', en: 'Preparation' },
  lopend: { nl: 'Lopend', en: 'Running' },
  evaluatie: { nl: 'Evaluatie', en: 'Evaluation' },
  geborgd: { nl: 'Geborgd', en: 'Embedded' },
  gestopt: { nl: 'Gestopt', en: 'Stopped' },
};
export const OUTCOME_LABELS: Record<ExperimentOutcome, Text> = {
  effectief: { nl: 'Effectief', en: 'Effective' },
  deels: { nl: 'Deels effectief', en: 'Partly effective' },
  'niet effectief': { nl: 'Niet effectief', en: 'Not effective' },
  onbekend: { nl: 'Onbekend', en: 'Unknown' },
};
export const BOTTLENECK_STATUS_LABELS: Record<BottleneckStatus, Text> = {
  gesignaleerd: { nl: 'Gesignaleerd', en: 'Identified' },
  'in analyse': { nl: 'In analyse', en: 'Under analysis' },
  'landelijk geagendeerd': { nl: 'Landelijk geagendeerd', en: 'On the national agenda' },
  'opgelost binnen huidige wet': { nl: 'Opgelost binnen huidige wet', en: 'Solved within current law' },
  'experimenteerwet nodig': { nl: 'Experimenteerwet nodig', en: 'Experimental law needed' },
  'wetswijziging nodig': { nl: 'Wetswijziging nodig', en: 'Change in the law needed' },
  vervallen: { nl: 'Vervallen', en: 'Lapsed' },
};
export const LEGAL_FRAMEWORK_LABELS: Record<LegalFramework, Text> = {
  jeugdwet: { nl: 'Jeugdwet', en: 'Youth Act (Jeugdwet)' },
  wmo2015: { nl: 'Wmo 2015', en: 'Social Support Act (Wmo 2015)' },
  bw1: { nl: 'Burgerlijk Wetboek Boek 1', en: 'Civil Code Book 1' },
  avg: { nl: 'AVG/UAVG', en: 'GDPR (AVG/UAVG)' },
  wvggz: { nl: 'Wet verplichte ggz', en: 'Compulsory Mental Health Care Act (Wvggz)' },
  wzd: { nl: 'Wet zorg en dwang', en: 'Care and Compulsion Act (Wzd)' },
  strafrecht: {
    nl: 'Wetboek van Strafrecht/Strafvordering',
    en: 'Criminal Code / Code of Criminal Procedure',
  },
  overig: { nl: 'Overig', en: 'Other' },
};
export const SEVERITY_LABELS: Record<Severity, Text> = {
  laag: { nl: 'Laag', en: 'Low' },
  middel: { nl: 'Middel', en: 'Medium' },
  hoog: { nl: 'Hoog', en: 'High' },
  blokkerend: { nl: 'Blokkerend', en: 'Blocking' },
};
export const PRINCIPLE_LABELS = Object.fromEntries(
  PRINCIPLE_CODES.map((code) => [code, PRINCIPLE_INFO.find((p) => p.code === code)!.label]),
) as Record<Principle, Text>;
export const THEME_LABELS: Record<Theme, Text> = {
  family_approach: { nl: 'Gezinsgerichte aanpak', en: 'Family approach' },
  zero_to_hundred: { nl: '0–100', en: '0–100' },
  court_legal_instruments: { nl: 'Rechter en juridische instrumenten', en: 'Court and legal instruments' },
  local_team: { nl: 'Lokaal team', en: 'Local team' },
  regional_safety_team: { nl: 'Regionaal veiligheidsteam', en: 'Regional safety team' },
  scale: { nl: 'Schaal', en: 'Scale' },
  integrated_steering: { nl: 'Integrale sturing', en: 'Integrated steering' },
  supervision: { nl: 'Toezicht', en: 'Supervision' },
  legal_protection: { nl: 'Rechtsbescherming', en: 'Legal protection' },
  adult_mental_health: { nl: 'Volwassenen-ggz', en: 'Adult mental health' },
  workforce: { nl: 'Arbeidsmarkt', en: 'Workforce' },
  information_provision: { nl: 'Informatievoorziening', en: 'Information provision' },
};
export const PARTNER_LABELS: Record<Partner, Text> = {
  local_team: { nl: 'Lokaal team', en: 'Local team' },
  rvdk: { nl: 'Raad voor de Kinderbescherming', en: 'Child Protection Board (RvdK)' },
  gi: { nl: 'Gecertificeerde instelling', en: 'Certified institution (GI)' },
  veilig_thuis: {
    nl: 'Veilig Thuis',
    en: 'Veilig Thuis (domestic violence and child abuse advice and reporting centre)',
  },
  adult_mh: { nl: 'Volwassenen-ggz', en: 'Adult mental health' },
  police: { nl: 'Politie', en: 'Police' },
  prosecutor: { nl: 'Openbaar Ministerie', en: 'Public prosecutor' },
  education: { nl: 'Onderwijs', en: 'Education' },
  youth_health_care: { nl: 'Jeugdgezondheidszorg', en: 'Youth health care' },
  lived_experience: { nl: 'Ervaringsdeskundigen', en: 'People with lived experience' },
};

/**
 * Allowed status moves. Experiments go forward one step at a time; an experiment can be stopped
 * from any open status, and a closed one can be reopened for evaluation (to correct it).
 */
export const EXPERIMENT_MOVES: Record<ExperimentStatus, readonly ExperimentStatus[]> = {
  idee: ['voorbereiding', 'gestopt'],
  voorbereiding: ['idee', 'lopend', 'gestopt'],
  lopend: ['evaluatie', 'gestopt'],
  evaluatie: ['lopend', 'geborgd', 'gestopt'],
  geborgd: ['evaluatie'],
  gestopt: ['evaluatie'],
};

/** Bottlenecks: analysed, put on the national agenda, then one of the conclusions; any can lapse. */
export const BOTTLENECK_MOVES: Record<BottleneckStatus, readonly BottleneckStatus[]> = {
  gesignaleerd: ['in analyse', 'vervallen'],
  'in analyse': [
    'gesignaleerd',
    'landelijk geagendeerd',
    'opgelost binnen huidige wet',
    'experimenteerwet nodig',
    'wetswijziging nodig',
    'vervallen',
  ],
  'landelijk geagendeerd': [
    'in analyse',
    'opgelost binnen huidige wet',
    'experimenteerwet nodig',
    'wetswijziging nodig',
    'vervallen',
  ],
  'experimenteerwet nodig': [
    'landelijk geagendeerd',
    'opgelost binnen huidige wet',
    'wetswijziging nodig',
    'vervallen',
  ],
  'wetswijziging nodig': [
    'landelijk geagendeerd',
    'opgelost binnen huidige wet',
    'experimenteerwet nodig',
    'vervallen',
  ],
  'opgelost binnen huidige wet': ['in analyse'],
  vervallen: ['gesignaleerd'],
};

/** Staying put is always allowed; otherwise the move must be listed. */
export function canMoveExperiment(from: ExperimentStatus, to: ExperimentStatus): boolean {
  return from === to || EXPERIMENT_MOVES[from].includes(to);
}

export function canMoveBottleneck(from: BottleneckStatus, to: BottleneckStatus): boolean {
  return from === to || BOTTLENECK_MOVES[from].includes(to);
}

export function isClosedExperimentStatus(status: string): boolean {
  return (CLOSED_EXPERIMENT_STATUSES as readonly string[]).includes(status);
}

export function isClosingBottleneckStatus(status: string): boolean {
  return (CLOSING_BOTTLENECK_STATUSES as readonly string[]).includes(status);
}

/** The label of a code in the interface language (the code itself if it is not in the list). */
export function labelOf<T extends string>(
  labels: Record<T, Text>,
  code: string | null | undefined,
  lang: Lang,
) {
  if (code == null) return '';
  return (labels as Record<string, Text>)[code]?.[lang] ?? code;
}
