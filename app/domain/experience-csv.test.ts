import { describe, expect, test } from 'vitest';
import { experienceTemplateRows, parseExperienceCsv } from './experience-csv';

const split = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => l.split(';'));
const HEADER = 'periode;groep;route;uitgenodigd;gerespondeerd;vraag;beantwoord;eens';

describe('the experience CSV', () => {
  test('rows of one period, group and route become one row with its items', () => {
    const { rows, errors } = parseExperienceCsv(
      split(`${HEADER}
2026-Q3;parents;local;120;34;parent_heard;33;26
2026-Q3;parents;local;120;34;parent_trust;34;30
2026-H2;prof_local;;;52;prof_workload;51;30`),
      {},
      'nl',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        period: '2026-Q3',
        group: 'parents',
        route: 'local',
        invited: 120,
        responded: 34,
        items: { parent_heard: { answered: 33, agreed: 26 }, parent_trust: { answered: 34, agreed: 30 } },
      },
      {
        line: 4,
        period: '2026-H2',
        group: 'prof_local',
        route: 'all',
        invited: null,
        responded: 52,
        items: { prof_workload: { answered: 51, agreed: 30 } },
      },
    ]);
  });

  test('a region’s mapping reads its own tool’s column names, in any order and case', () => {
    const mapping = {
      periode: 'Meetperiode',
      groep: 'Doelgroep',
      uitgenodigd: 'Verstuurd',
      gerespondeerd: 'Ingevuld',
      vraag: 'Item',
      beantwoord: 'N',
      eens: 'Top2',
    };
    const { rows, errors } = parseExperienceCsv(
      split(`Item;Top2;N;Ingevuld;Verstuurd;route;doelgroep;Meetperiode
youth_listened;9;12;12;40;measure;youth;2026-Q2`),
      mapping,
      'en',
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      period: '2026-Q2',
      group: 'youth',
      route: 'measure',
      invited: 40,
      responded: 12,
      items: { youth_listened: { answered: 12, agreed: 9 } },
    });
  });

  test('a mapped column that is missing is named with the mapping', () => {
    const { errors } = parseExperienceCsv(split(HEADER), { eens: 'Top2' }, 'nl');
    expect(errors).toEqual([
      {
        line: 1,
        message:
          'De kolom “Top2” (volgens de kolomindeling van de regio voor “eens”) ontbreekt in de eerste regel.',
      },
    ]);
  });

  test('every error of the file at once: numbers, repeated counts, a broken hard rule, a duplicate', () => {
    const { errors } = parseExperienceCsv(
      split(`${HEADER}
2026-Q3;parents;local;120;34;parent_heard;33;40
2026-Q3;parents;local;120;35;parent_trust;30;20
2026-Q3;parents;local;120;34;parent_heard;33;20
2026-Q3;youth;safety;10;x;youth_safer;3;1
2026-Q3;youth;safety;10;5;youth_safer;;1`),
      {},
      'nl',
    );
    expect(errors).toEqual([
      {
        line: 2,
        message: '2026-Q3 parents local: Ik voelde me gehoord: eens (40) is meer dan beantwoord (33).',
      },
      {
        line: 3,
        message:
          'Uitgenodigd en gerespondeerd verschillen van regel 2 (zelfde periode, groep en route): ze horen bij de groep en zijn op elke regel gelijk.',
      },
      { line: 4, message: 'Deze vraag staat voor dezelfde periode, groep en route al op regel 2.' },
      { line: 5, message: '“x” in kolom gerespondeerd is geen heel getal van 0 of meer.' },
      { line: 6, message: 'Kolom beantwoord is leeg; alleen “uitgenodigd” mag leeg (onbekend) zijn.' },
    ]);
  });

  test('the template lists every group, route and item once: 21 + 9 + 5 + 5 rows', () => {
    const rows = experienceTemplateRows({ quarter: '2026-Q3', half: '2026-H2' });
    expect(rows).toHaveLength(40);
    expect(rows.filter((r) => r.period === '2026-H2')).toHaveLength(10);
    expect(rows[0]).toEqual({ period: '2026-Q3', group: 'parents', route: 'local', item: 'parent_heard' });
  });
});
