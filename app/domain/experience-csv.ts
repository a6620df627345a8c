/**
 * The CSV format of the experience counts (issue 25): one row per period, group, route and item.
 *
 *   periode;groep;route;uitgenodigd;gerespondeerd;vraag;beantwoord;eens
 *   2026-Q3;parents;local;120;34;parent_heard;33;26
 *   2026-H2;prof_local;all;80;52;prof_workload;51;30
 *
 * Invited and responded belong to the group and route: every row of the same period, group and
 * route repeats them (they must agree). An empty `uitgenodigd` is unknown. A region's own tool
 * names its columns differently: its column mapping (standard column → its own header) is kept
 * per region and read here. Pure: takes rows already split by the CSV library.
 */
import { translate, type Params } from '#app/i18n/i18n';
import { experience as dict, type ExperienceKey } from '#app/i18n/experience';
import {
  EXPERIENCE_GROUP_INFO,
  itemsOfGroup,
  type ExperienceGroup,
  type ExperienceRoute,
} from './experience-items';
import { evaluateExperienceRules, type ExperienceRow } from './experience-rules';
import { type Lang } from './lang';

export const EXPERIENCE_COLUMNS = [
  'periode',
  'groep',
  'route',
  'uitgenodigd',
  'gerespondeerd',
  'vraag',
  'beantwoord',
  'eens',
] as const;
export type ExperienceColumn = (typeof EXPERIENCE_COLUMNS)[number];
export type ColumnMapping = Partial<Record<ExperienceColumn, string>>;

export const EXPERIENCE_CSV_MAX_ROWS = 5_000;

export interface CsvLineError {
  /** 1-based line; 0 for the file as a whole */
  line: number;
  message: string;
}

export interface ParsedExperience {
  rows: (ExperienceRow & { line: number })[];
  errors: CsvLineError[];
}

const normal = (s: string) => s.trim().toLowerCase();

/** Reads a stored or posted mapping: only standard columns, non-empty names, each at most 100 characters. */
export function cleanMapping(value: unknown): ColumnMapping {
  const out: ColumnMapping = {};
  if (!value || typeof value !== 'object') return out;
  for (const col of EXPERIENCE_COLUMNS) {
    const v = (value as Record<string, unknown>)[col];
    if (typeof v === 'string' && v.trim() !== '' && v.trim().length <= 100) out[col] = v.trim();
  }
  return out;
}

function whole(text: string): number | null | 'bad' {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,9}$/.test(t)) return 'bad';
  return Number(t);
}

/** The rows of a file, with every shape error and every broken hard rule, all at once. */
export function parseExperienceCsv(
  records: readonly (readonly string[])[],
  mapping: ColumnMapping,
  lang: Lang,
): ParsedExperience {
  const t = (key: ExperienceKey, p?: Params) => translate(dict, lang, key, p);
  const errors: CsvLineError[] = [];
  const [header, ...body] = records;
  if (!header || header.every((c) => c.trim() === ''))
    return { rows: [], errors: [{ line: 0, message: t('csvEmpty') }] };
  if (body.length > EXPERIENCE_CSV_MAX_ROWS)
    return { rows: [], errors: [{ line: 0, message: t('csvTooMany', { max: EXPERIENCE_CSV_MAX_ROWS }) }] };
  const names = header.map(normal);
  const index = {} as Record<ExperienceColumn, number>;
  for (const col of EXPERIENCE_COLUMNS) {
    const wanted = normal(mapping[col] ?? col);
    const at = names.indexOf(wanted);
    if (at < 0)
      errors.push({
        line: 1,
        message:
          mapping[col] !== undefined
            ? t('csvMappedColumnMissing', { column: col, name: mapping[col]! })
            : t('csvColumnMissing', { column: col }),
      });
    index[col] = at;
  }
  if (errors.length > 0) return { rows: [], errors };

  const rows = new Map<string, ExperienceRow & { line: number }>();
  const itemLines = new Map<string, number>();
  body.forEach((record, i) => {
    const line = i + 2;
    if (record.every((c) => c.trim() === '')) return;
    const cell = (col: ExperienceColumn) => (record[index[col]] ?? '').trim();
    const period = cell('periode');
    const group = cell('groep');
    const route = cell('route') || (group.startsWith('prof_') ? 'all' : '');
    const item = cell('vraag');
    const invited = whole(cell('uitgenodigd'));
    const responded = whole(cell('gerespondeerd'));
    const answered = whole(cell('beantwoord'));
    const agreed = whole(cell('eens'));
    const numbers: [ExperienceColumn, number | null | 'bad'][] = [
      ['uitgenodigd', invited],
      ['gerespondeerd', responded],
      ['beantwoord', answered],
      ['eens', agreed],
    ];
    let bad = false;
    for (const [col, v] of numbers) {
      if (v === 'bad') {
        errors.push({ line, message: t('csvNotWhole', { column: col, value: cell(col) }) });
        bad = true;
      } else if (v === null && col !== 'uitgenodigd') {
        errors.push({ line, message: t('csvRequired', { column: col }) });
        bad = true;
      }
    }
    if (item === '') {
      errors.push({ line, message: t('csvRequired', { column: 'vraag' }) });
      bad = true;
    }
    if (bad) return;
    const key = `${period}|${group}|${route}`;
    const itemKey = `${key}|${item}`;
    if (itemLines.has(itemKey)) {
      errors.push({ line, message: t('csvDuplicate', { first: itemLines.get(itemKey)! }) });
      return;
    }
    itemLines.set(itemKey, line);
    const row = rows.get(key);
    const counts = { answered: answered as number, agreed: agreed as number };
    if (!row) {
      rows.set(key, {
        line,
        period,
        group,
        route,
        invited: invited as number | null,
        responded: responded as number,
        items: { [item]: counts },
      });
      return;
    }
    if (row.invited !== invited || row.responded !== responded)
      errors.push({ line, message: t('csvCountsDiffer', { first: row.line }) });
    else rows.set(key, { ...row, items: { ...row.items, [item]: counts } });
  });
  for (const row of rows.values())
    for (const v of evaluateExperienceRules(row)) {
      const line = v.item
        ? (itemLines.get(`${row.period}|${row.group}|${row.route}|${v.item}`) ?? row.line)
        : row.line;
      errors.push({ line, message: `${row.period} ${row.group} ${row.route}: ${v.message[lang]}` });
    }
  if (errors.length === 0 && rows.size === 0) errors.push({ line: 0, message: t('csvNoRows') });
  errors.sort((a, b) => a.line - b.line);
  return { rows: [...rows.values()], errors };
}

/** The template's rows: every group, route and item of the periods given, numbers left empty. */
export function experienceTemplateRows(periods: {
  quarter: string;
  half: string;
}): { period: string; group: ExperienceGroup; route: ExperienceRoute; item: string }[] {
  return EXPERIENCE_GROUP_INFO.flatMap((g) =>
    g.routes.flatMap((route) =>
      itemsOfGroup(g.code).map((i) => ({
        period: g.cadence === 'quarter' ? periods.quarter : periods.half,
        group: g.code,
        route,
        item: i.code,
      })),
    ),
  );
}
