import { getInputProps, getTextareaProps, type FieldMetadata } from '@conform-to/react';
import { isDecimalUnit, UNIT_LABELS, type DataElement } from '#app/domain/catalogue';
import type { RuleViolation } from '#app/domain/rules';
import { formatEnteredNumber } from '#app/domain/number-input';
import { explanationField } from '#app/domain/report-schema';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDateTime } from '#app/utils/format';

type Field = FieldMetadata<string | undefined>;

export interface FieldPage {
  /** each shown field's help text in the user's language, from the loader */
  help: Readonly<Record<string, string>>;
  previous: Record<string, number | null>;
  lastYear: Record<string, number | null>;
  changes: {
    id: number;
    elementCode: string;
    oldValue: number | null;
    newValue: number | null;
    changedAt: string;
    changedByName: string | null;
  }[];
  comments: { id: number; body: string; ruleCode: string | null; elementCode: string | null }[];
}

/** One data element: label with unit, help, last month's value, its history and its warnings. */
export function ElementField({
  element: e,
  field,
  errors,
  page,
  warnings,
  explanationField: explanation,
  canExplain,
}: {
  element: DataElement;
  field: Field;
  /** the field's errors: Conform's, or the hard rules as of the last field the user left */
  errors: string[] | undefined;
  page: FieldPage;
  warnings: RuleViolation[];
  explanationField: (name: string) => Field;
  /** who submits gives the explanations; a manager correcting only reads them */
  canExplain: boolean;
}) {
  const t = useT(dict);
  const lang = useLang();
  const decimal = isDecimalUnit(e.unit);
  const prev = page.previous[e.code];
  const history = page.changes.filter((c) => c.elementCode === e.code);
  const ids = {
    help: `${field.id}-help`,
    prev: `${field.id}-prev`,
    warn: `${field.id}-warning`,
  };
  const describedBy = [ids.prev, errors ? field.errorId : null, warnings.length ? ids.warn : null, ids.help]
    .filter(Boolean)
    .join(' ');
  const show = (v: number | null) => (v === null ? t('formUnknown') : formatEnteredNumber(v, lang));
  const lastYear = page.lastYear[e.code];
  return (
    <div
      className={`field report-field${errors ? ' field-error' : ''}${warnings.length ? ' field-warning' : ''}`}
    >
      <label htmlFor={field.id}>
        {e.label[lang]} <span className="unit">({UNIT_LABELS[e.unit][lang]})</span>
      </label>
      {errors ? (
        <p className="error-message" id={field.errorId}>
          {errors.join(' ')}
        </p>
      ) : null}
      <input
        {...getInputProps(field, { type: 'text' })}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        className="report-input"
      />
      <div className="field-meta">
        <p className="previous" id={ids.prev}>
          {prev === undefined || prev === null
            ? t('formPreviousUnknown')
            : t('formPrevious', { value: show(prev) })}
          {' · '}
          {lastYear === undefined || lastYear === null
            ? t('formLastYearUnknown')
            : t('formLastYear', { value: show(lastYear) })}
        </p>
        <details className="field-help">
          <summary>
            {t('formHelpToggle')}
            <span className="visually-hidden"> {e.label[lang]}</span>
          </summary>
          <p className="hint" id={ids.help}>
            {page.help[e.code]}{' '}
            {t('formUnit', { unit: decimal ? t('formDecimalsAllowed') : t('formWholeOnly') })}
          </p>
        </details>
      </div>
      {history.length > 0 ? (
        <details className="field-history">
          <summary>{t('formHistory', { count: history.length })}</summary>
          <ul>
            {history.map((h) => (
              <li key={h.id}>
                {formatDateTime(h.changedAt, lang)} · {h.changedByName ?? '—'}: {show(h.oldValue)} →{' '}
                {show(h.newValue)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {warnings.map((w) => {
        const name = explanationField(w.ruleCode, e.code);
        const ef = explanation(name);
        const stored = page.comments.find((c) => c.ruleCode === w.ruleCode && c.elementCode === e.code);
        return (
          <div key={w.ruleCode} className="warning" id={ids.warn}>
            <p>
              <strong>{t('warningTitle')}:</strong> {w.message[lang]}
            </p>
            {stored ? <p>{t('warningExplained', { text: stored.body })}</p> : null}
            {canExplain ? (
              <div className={`field${ef.errors ? ' field-error' : ''}`}>
                <label htmlFor={ef.id}>{t('warningExplain')}</label>
                {ef.errors ? (
                  <p className="error-message" id={ef.errorId}>
                    {ef.errors.join(' ')}
                  </p>
                ) : null}
                <textarea {...getTextareaProps(ef)} rows={2} />
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
