/**
 * The hard rules of the experience counts (issue 25), as data like the report's rules
 * (app/domain/rules.ts): a stable code, a description for the help page, and a check returning
 * messages in Dutch and English. A row that breaks one is refused with its whole import.
 *
 *   agreed ≤ answered ≤ responded ≤ invited
 *
 * Unknown (null) is allowed for `invited` only (a tool with an open link does not know how many it
 * reached): the response rate is then unknown, never computed against 0.
 */
import {
  getExperienceGroup,
  getExperienceItem,
  isCadencePeriod,
  isExperienceGroup,
  ROUTE_LABELS,
  type ExperienceRoute,
} from './experience-items';
import { type Text } from './lang';

export interface ExperienceItemCounts {
  answered: number;
  agreed: number;
}

/** One aggregate row: a region's group on one route in one period. */
export interface ExperienceRow {
  period: string;
  group: string;
  route: string;
  /** null: unknown */
  invited: number | null;
  responded: number;
  items: Readonly<Record<string, ExperienceItemCounts>>;
}

export interface ExperienceViolation {
  ruleCode: string;
  /** the item the message is about, if any */
  item: string | null;
  message: Text;
}

export interface ExperienceRule {
  code: string;
  description: Text;
  check(row: ExperienceRow): ExperienceViolation[];
}

const isCount = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0);

function itemLabel(code: string): Text {
  return getExperienceItem(code)?.label ?? { nl: code, en: code };
}

export const EXPERIENCE_RULES: readonly ExperienceRule[] = [
  {
    code: 'experience_group',
    description: {
      nl: 'De groep is er een van de catalogus, de route past bij de groep en de periode bij haar ritme (ouders en jongeren per kwartaal, professionals per halfjaar).',
      en: 'The group is one of the catalogue, the route fits the group and the period its cadence (parents and young people per quarter, professionals per half-year).',
    },
    check(row) {
      const group = isExperienceGroup(row.group) ? getExperienceGroup(row.group)! : null;
      if (!group)
        return [
          {
            ruleCode: 'experience_group',
            item: null,
            message: {
              nl: `Onbekende groep “${row.group}”: gebruik parents, youth, prof_local of prof_safety.`,
              en: `Unknown group “${row.group}”: use parents, youth, prof_local or prof_safety.`,
            },
          },
        ];
      const out: ExperienceViolation[] = [];
      if (!group.routes.includes(row.route as ExperienceRoute))
        out.push({
          ruleCode: 'experience_group',
          item: null,
          message: {
            nl: `Route “${row.route}” hoort niet bij ${group.label.nl.toLowerCase()}: gebruik ${group.routes.join(', ')}.`,
            en: `Route “${row.route}” does not belong to ${group.label.en.toLowerCase()}: use ${group.routes.join(', ')}.`,
          },
        });
      if (!isCadencePeriod(row.period, group.cadence))
        out.push({
          ruleCode: 'experience_group',
          item: null,
          message:
            group.cadence === 'quarter'
              ? {
                  nl: `Periode “${row.period}”: ${group.label.nl.toLowerCase()} worden per kwartaal geteld (bijvoorbeeld 2026-Q3).`,
                  en: `Period “${row.period}”: ${group.label.en.toLowerCase()} are counted per quarter (e.g. 2026-Q3).`,
                }
              : {
                  nl: `Periode “${row.period}”: ${group.label.nl.toLowerCase()} worden per halfjaar geteld (bijvoorbeeld 2026-H2).`,
                  en: `Period “${row.period}”: ${group.label.en.toLowerCase()} are counted per half-year (e.g. 2026-H2).`,
                },
        });
      for (const code of Object.keys(row.items)) {
        const item = getExperienceItem(code);
        if (!item || !item.groups.includes(group.code))
          out.push({
            ruleCode: 'experience_group',
            item: code,
            message: item
              ? {
                  nl: `Vraag “${item.label.nl}” wordt niet aan ${group.label.nl.toLowerCase()} gesteld.`,
                  en: `Item “${item.label.en}” is not asked of ${group.label.en.toLowerCase()}.`,
                }
              : { nl: `Onbekende vraag “${code}”.`, en: `Unknown item “${code}”.` },
          });
      }
      return out;
    },
  },
  {
    code: 'experience_whole_numbers',
    description: {
      nl: 'Uitgenodigd, gerespondeerd, beantwoord en eens zijn hele getallen van 0 of meer.',
      en: 'Invited, responded, answered and agreed are whole numbers of 0 or more.',
    },
    check(row) {
      const bad = [row.invited, row.responded].some((n) => !isCount(n));
      const out: ExperienceViolation[] = bad
        ? [
            {
              ruleCode: 'experience_whole_numbers',
              item: null,
              message: {
                nl: 'Uitgenodigd en gerespondeerd moeten hele getallen van 0 of meer zijn.',
                en: 'Invited and responded must be whole numbers of 0 or more.',
              },
            },
          ]
        : [];
      for (const [code, c] of Object.entries(row.items))
        if (!isCount(c.answered) || !isCount(c.agreed))
          out.push({
            ruleCode: 'experience_whole_numbers',
            item: code,
            message: {
              nl: `${itemLabel(code).nl}: beantwoord en eens moeten hele getallen van 0 of meer zijn.`,
              en: `${itemLabel(code).en}: answered and agreed must be whole numbers of 0 or more.`,
            },
          });
      return out;
    },
  },
  {
    code: 'experience_agreed_le_answered',
    description: {
      nl: 'Per vraag: eens ≤ beantwoord.',
      en: 'Per item: agreed ≤ answered.',
    },
    check(row) {
      return Object.entries(row.items)
        .filter(([, c]) => c.agreed > c.answered)
        .map(([code, c]) => ({
          ruleCode: 'experience_agreed_le_answered',
          item: code,
          message: {
            nl: `${itemLabel(code).nl}: eens (${c.agreed}) is meer dan beantwoord (${c.answered}).`,
            en: `${itemLabel(code).en}: agreed (${c.agreed}) is more than answered (${c.answered}).`,
          },
        }));
    },
  },
  {
    code: 'experience_answered_le_responded',
    description: {
      nl: 'Per vraag: beantwoord ≤ gerespondeerd.',
      en: 'Per item: answered ≤ responded.',
    },
    check(row) {
      return Object.entries(row.items)
        .filter(([, c]) => c.answered > row.responded)
        .map(([code, c]) => ({
          ruleCode: 'experience_answered_le_responded',
          item: code,
          message: {
            nl: `${itemLabel(code).nl}: beantwoord (${c.answered}) is meer dan gerespondeerd (${row.responded}).`,
            en: `${itemLabel(code).en}: answered (${c.answered}) is more than responded (${row.responded}).`,
          },
        }));
    },
  },
  {
    code: 'experience_responded_le_invited',
    description: {
      nl: 'Gerespondeerd ≤ uitgenodigd (als het aantal uitgenodigden bekend is).',
      en: 'Responded ≤ invited (when the number invited is known).',
    },
    check(row) {
      if (row.invited === null || row.responded <= row.invited) return [];
      return [
        {
          ruleCode: 'experience_responded_le_invited',
          item: null,
          message: {
            nl: `Gerespondeerd (${row.responded}) is meer dan uitgenodigd (${row.invited}).`,
            en: `Responded (${row.responded}) is more than invited (${row.invited}).`,
          },
        },
      ];
    },
  },
];

/** Every hard rule's violations of one row, in the rules' order. */
export function evaluateExperienceRules(row: ExperienceRow): ExperienceViolation[] {
  return EXPERIENCE_RULES.flatMap((r) => r.check(row));
}

/** The route's label, for messages and tables. */
export function routeLabel(route: string): Text {
  return ROUTE_LABELS[route as ExperienceRoute] ?? { nl: route, en: route };
}
