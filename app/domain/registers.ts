/**
 * The two registers (experiments and legal bottlenecks): code lists with their labels, the status
 * pipelines with the moves they allow, the requirements of each status, and the form schemas.
 * Pure: no database, Remix or React. Codes equal the enums of db/schema.ts (a test checks it).
 */
import { z } from 'zod';

export type Lang = 'nl' | 'en';
export type Label = { nl: string; en: string };

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
export const PRINCIPLES = ['simple', 'family', 'legal', 'learning'] as const;
export type Principle = (typeof PRINCIPLES)[number];
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

export const EXPERIMENT_STATUS_LABELS: Record<ExperimentStatus, Label> = {
  idee: { nl: 'Idee', en: 'Idea' },
  voorbereiding: { nl: 'Voorbereiding', en: 'Preparation' },
  lopend: { nl: 'Lopend', en: 'Running' },
  evaluatie: { nl: 'Evaluatie', en: 'Evaluation' },
  geborgd: { nl: 'Geborgd', en: 'Embedded' },
  gestopt: { nl: 'Gestopt', en: 'Stopped' },
};
export const OUTCOME_LABELS: Record<ExperimentOutcome, Label> = {
  effectief: { nl: 'Effectief', en: 'Effective' },
  deels: { nl: 'Deels effectief', en: 'Partly effective' },
  'niet effectief': { nl: 'Niet effectief', en: 'Not effective' },
  onbekend: { nl: 'Onbekend', en: 'Unknown' },
};
export const BOTTLENECK_STATUS_LABELS: Record<BottleneckStatus, Label> = {
  gesignaleerd: { nl: 'Gesignaleerd', en: 'Identified' },
  'in analyse': { nl: 'In analyse', en: 'Under analysis' },
  'landelijk geagendeerd': { nl: 'Landelijk geagendeerd', en: 'On the national agenda' },
  'opgelost binnen huidige wet': { nl: 'Opgelost binnen huidige wet', en: 'Solved within current law' },
  'experimenteerwet nodig': { nl: 'Experimenteerwet nodig', en: 'Experimental law needed' },
  'wetswijziging nodig': { nl: 'Wetswijziging nodig', en: 'Change in the law needed' },
  vervallen: { nl: 'Vervallen', en: 'Lapsed' },
};
export const LEGAL_FRAMEWORK_LABELS: Record<LegalFramework, Label> = {
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
export const SEVERITY_LABELS: Record<Severity, Label> = {
  laag: { nl: 'Laag', en: 'Low' },
  middel: { nl: 'Middel', en: 'Medium' },
  hoog: { nl: 'Hoog', en: 'High' },
  blokkerend: { nl: 'Blokkerend', en: 'Blocking' },
};
export const PRINCIPLE_LABELS: Record<Principle, Label> = {
  simple: { nl: 'Eenvoudig', en: 'Simple' },
  family: { nl: 'Gezinsgericht', en: 'Family-oriented' },
  legal: { nl: 'Rechtsbeschermend & transparant', en: 'Legally protective & transparent' },
  learning: { nl: 'Lerend', en: 'Learning' },
};
export const THEME_LABELS: Record<Theme, Label> = {
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
export const PARTNER_LABELS: Record<Partner, Label> = {
  local_team: { nl: 'Lokaal team', en: 'Local team' },
  rvdk: { nl: 'Raad voor de Kinderbescherming', en: 'Child Protection Board (RvdK)' },
  gi: { nl: 'Gecertificeerde instelling', en: 'Certified institution (GI)' },
  veilig_thuis: { nl: 'Veilig Thuis', en: 'Veilig Thuis (domestic violence advice)' },
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

export const VALIDATION_MESSAGES = {
  titleLength: { nl: 'Geef een titel van 3 tot 200 tekens.', en: 'Enter a title of 3 to 200 characters.' },
  textTooLong: {
    nl: 'Deze tekst is te lang (maximaal {max} tekens).',
    en: 'This text is too long (at most {max} characters).',
  },
  regionRequired: { nl: 'Kies de regio.', en: 'Choose the region.' },
  dateInvalid: {
    nl: 'Vul een geldige datum in, bijvoorbeeld 2026-03-01.',
    en: 'Enter a valid date, for example 2026-03-01.',
  },
  endBeforeStart: {
    nl: 'De einddatum mag niet vóór de startdatum liggen.',
    en: 'The end date cannot be before the start date.',
  },
  principlesRequired: { nl: 'Kies minstens één basisprincipe.', en: 'Choose at least one principle.' },
  principleRequired: {
    nl: 'Kies het basisprincipe dat wordt geraakt.',
    en: 'Choose the principle affected.',
  },
  choiceInvalid: { nl: 'Kies een waarde uit de lijst.', en: 'Choose a value from the list.' },
  statusRequired: { nl: 'Kies de status.', en: 'Choose the status.' },
  outcomeRequired: {
    nl: 'Een experiment afsluiten (geborgd of gestopt) kan pas na de evaluatie: kies de uitkomst.',
    en: 'An experiment can only be closed (embedded or stopped) after its evaluation: choose the outcome.',
  },
  lessonsRequired: {
    nl: 'Een experiment afsluiten (geborgd of gestopt) kan pas na de evaluatie: beschrijf de geleerde lessen.',
    en: 'An experiment can only be closed (embedded or stopped) after its evaluation: describe the lessons learned.',
  },
  frameworkRequired: { nl: 'Kies het wettelijk kader.', en: 'Choose the legal framework.' },
  severityRequired: { nl: 'Kies de ernst.', en: 'Choose the severity.' },
  identifiedRequired: {
    nl: 'Vul de datum in waarop het knelpunt is gesignaleerd, bijvoorbeeld 2026-03-01.',
    en: 'Enter the date on which the bottleneck was identified, for example 2026-03-01.',
  },
  resolvedRequired: {
    nl: 'Bij de status "{status}" hoort een datum van afhandeling.',
    en: 'The status "{status}" needs a resolved date.',
  },
  resolvedBeforeIdentified: {
    nl: 'De datum van afhandeling mag niet vóór de datum van signalering liggen.',
    en: 'The resolved date cannot be before the date identified.',
  },
  moveNotAllowed: {
    nl: 'Van "{from}" naar "{to}" is geen toegestane statusovergang.',
    en: 'Moving from "{from}" to "{to}" is not allowed.',
  },
  stale: {
    nl: 'Iemand anders heeft dit item intussen gewijzigd. Open het opnieuw en voer uw wijziging nog eens in.',
    en: 'Someone else changed this entry in the meantime. Open it again and redo your change.',
  },
} as const satisfies Record<string, Label>;
export type ValidationKey = keyof typeof VALIDATION_MESSAGES;

export function validationMessage(
  lang: Lang,
  key: ValidationKey,
  params: Record<string, string | number> = {},
): string {
  return VALIDATION_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function schemaParts(lang: Lang) {
  const m = (key: ValidationKey, params?: Record<string, string | number>) =>
    validationMessage(lang, key, params);
  const text = (max: number) =>
    z
      .string()
      .trim()
      .max(max, m('textTooLong', { max }))
      .optional()
      .transform((v) => v ?? '');
  const date = (key: ValidationKey = 'dateInvalid') =>
    z
      .string({ message: m(key) })
      .trim()
      .refine(isIsoDate, m('dateInvalid'));
  const ids = z
    .array(z.coerce.number().int().positive())
    .optional()
    .transform((v) => [...new Set(v ?? [])]);
  return {
    m,
    text,
    date,
    ids,
    regionId: z.coerce
      .number({ message: m('regionRequired') })
      .int()
      .positive(m('regionRequired')),
    title: z
      .string({ message: m('titleLength') })
      .trim()
      .min(3, m('titleLength'))
      .max(200, m('titleLength')),
    version: z.coerce.number().int().positive().optional(),
  };
}

export function experimentSchema(lang: Lang) {
  const { m, text, date, ids, regionId, title, version } = schemaParts(lang);
  return z
    .object({
      regionId,
      title,
      hypothesis: text(2000),
      description: text(5000),
      principles: z
        .array(z.enum(PRINCIPLES, { message: m('choiceInvalid') }), { message: m('principlesRequired') })
        .min(1, m('principlesRequired')),
      themes: z
        .array(z.enum(THEMES, { message: m('choiceInvalid') }))
        .optional()
        .transform((v) => v ?? []),
      partners: z
        .array(z.enum(PARTNERS, { message: m('choiceInvalid') }))
        .optional()
        .transform((v) => v ?? []),
      status: z.enum(EXPERIMENT_STATUSES, { message: m('statusRequired') }),
      startDate: date().optional(),
      endDate: date().optional(),
      outcome: z.enum(EXPERIMENT_OUTCOMES, { message: m('choiceInvalid') }).optional(),
      lessons: text(5000),
      bottleneckIds: ids,
      version,
    })
    .superRefine((v, ctx) => {
      if (
        v.startDate &&
        v.endDate &&
        isIsoDate(v.startDate) &&
        isIsoDate(v.endDate) &&
        v.endDate < v.startDate
      )
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: m('endBeforeStart') });
      if (isClosedExperimentStatus(v.status)) {
        if (!v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: m('outcomeRequired') });
        if (v.lessons.length === 0)
          ctx.addIssue({ code: 'custom', path: ['lessons'], message: m('lessonsRequired') });
      }
    });
}
export type ExperimentInput = z.infer<ReturnType<typeof experimentSchema>>;

export function bottleneckSchema(lang: Lang) {
  const { m, text, date, ids, regionId, title, version } = schemaParts(lang);
  return z
    .object({
      regionId,
      title,
      description: text(5000),
      legalFramework: z.enum(LEGAL_FRAMEWORKS, { message: m('frameworkRequired') }),
      article: text(200),
      principle: z.enum(PRINCIPLES, { message: m('principleRequired') }),
      severity: z.enum(SEVERITIES, { message: m('severityRequired') }),
      status: z.enum(BOTTLENECK_STATUSES, { message: m('statusRequired') }),
      identifiedDate: date('identifiedRequired'),
      resolvedDate: date().optional(),
      proposedSolution: text(5000),
      experimentIds: ids,
      version,
    })
    .superRefine((v, ctx) => {
      if (isClosingBottleneckStatus(v.status) && !v.resolvedDate)
        ctx.addIssue({
          code: 'custom',
          path: ['resolvedDate'],
          message: m('resolvedRequired', { status: BOTTLENECK_STATUS_LABELS[v.status][lang] }),
        });
      if (
        v.resolvedDate &&
        isIsoDate(v.resolvedDate) &&
        isIsoDate(v.identifiedDate) &&
        v.resolvedDate < v.identifiedDate
      )
        ctx.addIssue({ code: 'custom', path: ['resolvedDate'], message: m('resolvedBeforeIdentified') });
    });
}
export type BottleneckInput = z.infer<ReturnType<typeof bottleneckSchema>>;

/** Whole days from one ISO date to another (UTC, so summer time never shifts a day). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** Age of a bottleneck: identified → today while open, identified → resolved once closed. */
export function bottleneckAgeDays(
  b: { identifiedDate: string; resolvedDate: string | null; status: string },
  today: string,
): number {
  const end = isClosingBottleneckStatus(b.status) && b.resolvedDate ? b.resolvedDate : today;
  return Math.max(0, daysBetween(b.identifiedDate, end));
}

/** Today's date in the Netherlands as YYYY-MM-DD (a register date is a Dutch calendar day). */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
