import { describe, expect, test } from 'vitest';
import { evaluateExperienceRules, type ExperienceRow } from './experience-rules';

const ROW: ExperienceRow = {
  period: '2026-Q3',
  group: 'parents',
  route: 'local',
  invited: 120,
  responded: 34,
  items: { parent_heard: { answered: 33, agreed: 26 }, parent_trust: { answered: 34, agreed: 34 } },
};
const codes = (row: ExperienceRow) => evaluateExperienceRules(row).map((v) => v.ruleCode);

describe('the hard rules of the experience counts', () => {
  test('a consistent row breaks no rule, agreed = answered = responded = invited included', () => {
    expect(evaluateExperienceRules(ROW)).toEqual([]);
    const full = { answered: 5, agreed: 5 };
    expect(
      evaluateExperienceRules({ ...ROW, invited: 5, responded: 5, items: { parent_heard: full } }),
    ).toEqual([]);
  });

  test('agreed above answered is refused with the item named, in Dutch and English', () => {
    const row = { ...ROW, items: { parent_heard: { answered: 20, agreed: 21 } } };
    expect(evaluateExperienceRules(row)).toEqual([
      {
        ruleCode: 'experience_agreed_le_answered',
        item: 'parent_heard',
        message: {
          nl: 'Ik voelde me gehoord: eens (21) is meer dan beantwoord (20).',
          en: 'I felt heard: agreed (21) is more than answered (20).',
        },
      },
    ]);
  });

  test('answered above responded is refused', () => {
    const row = { ...ROW, items: { parent_trust: { answered: 35, agreed: 10 } } };
    expect(codes(row)).toEqual(['experience_answered_le_responded']);
    expect(evaluateExperienceRules(row)[0]!.message.nl).toBe(
      'Ik vertrouw de professional: beantwoord (35) is meer dan gerespondeerd (34).',
    );
  });

  test('responded above invited is refused; with invited unknown it is not', () => {
    expect(evaluateExperienceRules({ ...ROW, invited: 30 })).toEqual([
      {
        ruleCode: 'experience_responded_le_invited',
        item: null,
        message: {
          nl: 'Gerespondeerd (34) is meer dan uitgenodigd (30).',
          en: 'Responded (34) is more than invited (30).',
        },
      },
    ]);
    expect(evaluateExperienceRules({ ...ROW, invited: null })).toEqual([]);
  });

  test('a negative or fractional count is refused', () => {
    expect(codes({ ...ROW, responded: -1, items: {} })).toEqual(['experience_whole_numbers']);
    expect(codes({ ...ROW, items: { parent_heard: { answered: 3.5, agreed: 1 } } })).toEqual([
      'experience_whole_numbers',
    ]);
  });

  test('the group, its route, its cadence and its items are checked against the catalogue', () => {
    expect(codes({ ...ROW, group: 'grandparents' })).toEqual(['experience_group']);
    expect(evaluateExperienceRules({ ...ROW, route: 'all' })[0]!.message.nl).toBe(
      'Route “all” hoort niet bij ouders: gebruik local, safety, measure.',
    );
    expect(evaluateExperienceRules({ ...ROW, period: '2026-H2' })[0]!.message.en).toBe(
      'Period “2026-H2”: parents are counted per quarter (e.g. 2026-Q3).',
    );
    const prof = { ...ROW, group: 'prof_local', route: 'all', period: '2026-Q3', items: {} };
    expect(evaluateExperienceRules(prof)[0]!.message.nl).toBe(
      'Periode “2026-Q3”: professionals lokaal team worden per halfjaar geteld (bijvoorbeeld 2026-H2).',
    );
    const wrongItem = { ...ROW, items: { youth_listened: { answered: 3, agreed: 1 } } };
    expect(evaluateExperienceRules(wrongItem)).toEqual([
      {
        ruleCode: 'experience_group',
        item: 'youth_listened',
        message: {
          nl: 'Vraag “Er werd naar mij geluisterd” wordt niet aan ouders gesteld.',
          en: 'Item “I was listened to” is not asked of parents.',
        },
      },
    ]);
  });
});
