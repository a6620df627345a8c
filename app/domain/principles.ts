/**
 * The four principles (basisprincipes) of the future scenario, and workforce, which is shown beside
 * them as a condition (randvoorwaarde) and never counted as a principle.
 */
import type { Text } from './lang';

export const PRINCIPLE_CODES = ['simple', 'family', 'legal', 'learning'] as const;
export type PrincipleCode = (typeof PRINCIPLE_CODES)[number];
/** Groups that get a score: the principles, and workforce (a condition, shown beside them). */
export type ScoreGroup = PrincipleCode | 'workforce';
export const SCORE_GROUPS: readonly ScoreGroup[] = [...PRINCIPLE_CODES, 'workforce'];
/**
 * What an indicator belongs to: a principle, the workforce condition, or the outcomes (lasting
 * safety, closed without a measure, …), which are shown with their trend and never averaged into a
 * score.
 */
export type IndicatorGroup = ScoreGroup | 'outcome';
export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [...SCORE_GROUPS, 'outcome'];

export interface PrincipleInfo {
  code: IndicatorGroup;
  label: Text;
  question: Text;
  /** false for workforce: a condition, shown beside the principles. */
  scored: boolean;
}

export const PRINCIPLES: readonly PrincipleInfo[] = [
  {
    code: 'simple',
    label: { nl: 'Eenvoudig', en: 'Simple' },
    question: {
      nl: 'Weinig schakels in de keten, hulp zonder wachttijd, geen eindeloos op- en afschalen.',
      en: 'Few links in the chain, help without waiting, no endless escalation.',
    },
    scored: true,
  },
  {
    code: 'family',
    label: { nl: 'Gezinsgericht', en: 'Family-oriented' },
    question: {
      nl: 'Eén gezin, één plan, één vast gezicht; het hele huishouden, in samenwerking met de volwassenen-ggz.',
      en: 'One family, one plan, one fixed face; the whole household, working with adult mental health care.',
    },
    scored: true,
  },
  {
    code: 'legal',
    label: { nl: 'Rechtsbeschermend en transparant', en: 'Legally protective and transparent' },
    question: {
      nl: 'Onafhankelijke toets vóór de rechter, rechtsbijstand, de stem van het kind, klachten afgehandeld.',
      en: 'Independent review before court, legal aid, the child’s voice, complaints handled.',
    },
    scored: true,
  },
  {
    code: 'learning',
    label: { nl: 'Lerend', en: 'Learning' },
    question: {
      nl: 'Experimenten geëvalueerd, lessen gedeeld, knelpunten opgepakt, professionals geschoold.',
      en: 'Experiments evaluated, lessons shared, bottlenecks taken up, professionals trained.',
    },
    scored: true,
  },
  {
    code: 'workforce',
    label: { nl: 'Arbeidsmarkt (randvoorwaarde)', en: 'Workforce (condition)' },
    question: {
      nl: 'Vacatures, personeelsverloop, verzuim en caseload bepalen of de principes kunnen werken.',
      en: 'Vacancies, staff turnover, sick leave and caseload decide whether the principles can work.',
    },
    scored: false,
  },
  {
    code: 'outcome',
    label: { nl: 'Uitkomsten', en: 'Outcomes' },
    question: {
      nl: 'Wat er met kinderen en gezinnen gebeurt: blijvende veiligheid, maatregelen, beslissingen van de rechter. Niet in een score.',
      en: 'What happens to children and families: lasting safety, measures, court decisions. Never in a score.',
    },
    scored: false,
  },
];

export function getPrinciple(code: string): PrincipleInfo | undefined {
  return PRINCIPLES.find((p) => p.code === code);
}

export function isPrincipleCode(code: string): code is PrincipleCode {
  return (PRINCIPLE_CODES as readonly string[]).includes(code);
}
