/**
 * The dry run of a CSV import: shape (domain/csv-format), then per report the region scope, the
 * lock, the hard rules on the merged month, and what would change. Nothing is written here.
 */
import { parse } from 'csv-parse/sync';
import { parseCsvRecords, type CsvError } from '#app/domain/csv-format';
import { getElement } from '#app/domain/catalogue';
import { evaluateHardRules } from '#app/domain/rules';
import { canEditValues } from '#app/domain/workflow';
import { reportStatusLabel } from '#app/i18n/report-status';
import { translate } from '#app/i18n/i18n';
import { reports as dict } from '#app/i18n/reports';
import type { User } from '#app/utils/auth.server';
import { findReport, getReportValues } from './report-values.server';
import type { ImportBatch } from './report-workflow.server';
import { lastEndedPeriod } from '#app/domain/periods';
import { formatMonth } from '#app/utils/format';
import { type Lang } from '#app/domain/lang';

export interface ImportChange {
  line: number;
  period: string;
  elementCode: string;
  oldValue: number | null;
  newValue: number | null;
}

export interface ImportPlan {
  errors: CsvError[];
  changes: ImportChange[];
  /** a batch's reportId is null where the month is not started yet: applying the import starts it */
  batches: ImportBatch[];
}

/** Splits the text with the CSV library; ';' unless the header line only has commas. */
export function readCsv(text: string): { records: string[][]; error: CsvError | null } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  try {
    return {
      records: parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }),
      error: null,
    };
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : 0;
    return { records: [], error: { line, message: (e as Error).message } };
  }
}

export function planImport({
  text,
  region,
  user,
  lang,
  now = new Date(),
}: {
  text: string;
  region: { id: number; slug: string; name: string; reportingStart: string };
  user: User;
  lang: Lang;
  /** today, for the months the import may start (from the reporting start to the last ended month) */
  now?: Date;
}): ImportPlan {
  const t = (
    key: Parameters<typeof translate<keyof typeof dict.nl>>[2],
    p?: Record<string, string | number>,
  ) => translate(dict, lang, key, p);
  const read = readCsv(text);
  if (read.error) return { errors: [read.error], changes: [], batches: [] };
  const { rows, errors } = parseCsvRecords(read.records, lang);
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    if (row.region !== region.slug) {
      errors.push({
        line: row.line,
        message: t('importOtherRegion', { region: row.region, own: region.name }),
      });
      continue;
    }
    groups.set(row.period, [...(groups.get(row.period) ?? []), row]);
  }
  const changes: ImportChange[] = [];
  const batches: ImportPlan['batches'] = [];
  for (const [period, group] of groups) {
    const first = group[0]!.line;
    const report = findReport({ regionId: region.id, period });
    // A month not started yet is started by the import, if it is one the region reports now.
    const startable = !report && period >= region.reportingStart && period <= lastEndedPeriod(now);
    if (!report && !startable)
      errors.push({
        line: first,
        message: t('importNoReport', {
          region: region.name,
          period: formatMonth(period, lang),
          from: formatMonth(region.reportingStart, lang),
          to: formatMonth(lastEndedPeriod(now), lang),
        }),
      });
    if (report && !canEditValues(user.role, report.status)) {
      const status = reportStatusLabel(report.status, lang).toLowerCase();
      errors.push({ line: first, message: t('importLocked', { period: formatMonth(period, lang), status }) });
    }
    // The hard rules are checked whatever else is wrong: a file's errors are listed all at once.
    const stored = report ? getReportValues({ reportId: report.id }) : {};
    const values: Record<string, number | null> = {};
    for (const row of group) values[row.element] = row.value;
    const lineOf = new Map(group.map((r) => [r.element, r.line]));
    for (const v of evaluateHardRules({ ...stored, ...values }))
      errors.push({ line: lineOf.get(v.elementCode) ?? first, message: `${period}: ${v.message[lang]}` });
    for (const row of group) {
      const old = stored[row.element] ?? null;
      if (old !== row.value)
        changes.push({
          line: row.line,
          period,
          elementCode: row.element,
          oldValue: old,
          newValue: row.value,
        });
    }
    batches.push({
      reportId: report?.id ?? null,
      regionId: region.id,
      period,
      expectedVersion: report?.version ?? 0,
      values,
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { errors, changes, batches };
}

export function elementLabel(code: string, lang: Lang) {
  return getElement(code)?.label[lang] ?? code;
}
