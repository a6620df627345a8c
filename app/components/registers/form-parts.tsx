import { getRateOutcomeDef } from '#app/domain/outcome-catalogue';
import { FieldErrors } from '#app/components/form-field';
import { getCollectionProps, type FieldMetadata } from '@conform-to/react';
import { type Text, type Lang } from '#app/domain/lang';
import { getIndicator } from '#app/domain/indicators';
import { getExperienceGroup, getExperienceItem } from '#app/domain/experience-items';
import { INDICATOR_GROUPS, PRINCIPLES } from '#app/domain/principles';
import { LINKABLE_INDICATOR_CODES } from '#app/domain/registers';
import { useLang } from '#app/i18n/use-t';

/** A list field of any form (codes or linked ids). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ListField = FieldMetadata<unknown[] | undefined, any, string[]>;

/** The choices of a code list in the interface language. */
export function codeOptions<T extends string>(
  codes: readonly T[],
  labels: Record<T, Text>,
  lang: Lang,
): { value: string; label: string }[] {
  return codes.map((c) => ({ value: c, label: labels[c][lang] }));
}

/** A group of checkboxes in a fieldset with a legend; the error summary links to the fieldset. */
export function CheckboxGroup({
  field,
  legend,
  options,
}: {
  field: ListField;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const props = getCollectionProps(field, { type: 'checkbox', options: options.map((o) => o.value) });
  return (
    <fieldset
      id={field.id}
      className={`field checkbox-group${field.errors ? ' field-error' : ''}`}
      aria-describedby={field.errors ? field.errorId : undefined}
    >
      <legend>{legend}</legend>
      <FieldErrors field={field} />
      {props.map(({ key, ...p }, i) => (
        <div className="checkbox" key={key ?? p.value}>
          <input {...p} id={`${field.id}-${p.value}`} />
          <label htmlFor={`${field.id}-${p.value}`}>{options[i].label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The indicators an experiment aims to move: one fieldset, the indicators grouped by principle (and
 * the outcomes) in nested fieldsets, so a screen reader announces the group with each box.
 */
export function IndicatorCheckboxes({
  field,
  legend,
  hint,
  outcomesLegend,
  experienceLegend,
}: {
  field: ListField;
  legend: string;
  hint: string;
  /** the legend of the outcome rates' group */
  outcomesLegend: string;
  /** the legend of the experience items' group */
  experienceLegend: string;
}) {
  const lang = useLang();
  const props = getCollectionProps(field, { type: 'checkbox', options: LINKABLE_INDICATOR_CODES });
  const hintId = `${field.id}-hint`;
  const rates = props.filter((p) => getRateOutcomeDef(p.value));
  const items = props.filter((p) => getExperienceItem(p.value));
  return (
    <fieldset
      id={field.id}
      className={`field checkbox-group${field.errors ? ' field-error' : ''}`}
      aria-describedby={[hintId, field.errors ? field.errorId : null].filter(Boolean).join(' ')}
    >
      <legend>{legend}</legend>
      <p className="field-hint" id={hintId}>
        {hint}
      </p>
      <FieldErrors field={field} />
      {INDICATOR_GROUPS.map((g) => {
        const inGroup = props.filter((p) => getIndicator(p.value)?.group === g);
        if (inGroup.length === 0) return null;
        return (
          <fieldset key={g} className="checkbox-subgroup">
            <legend>{PRINCIPLES.find((p) => p.code === g)?.label[lang] ?? g}</legend>
            {inGroup.map(({ key, ...p }) => (
              <div className="checkbox" key={key ?? p.value}>
                <input {...p} id={`${field.id}-${p.value}`} />
                <label htmlFor={`${field.id}-${p.value}`}>{getIndicator(p.value)!.label[lang]}</label>
              </div>
            ))}
          </fieldset>
        );
      })}
      {rates.length > 0 ? (
        <fieldset className="checkbox-subgroup">
          <legend>{outcomesLegend}</legend>
          {rates.map(({ key, ...p }) => (
            <div className="checkbox" key={key ?? p.value}>
              <input {...p} id={`${field.id}-${p.value}`} />
              <label htmlFor={`${field.id}-${p.value}`}>{getRateOutcomeDef(p.value)!.label[lang]}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {items.length > 0 ? (
        <fieldset className="checkbox-subgroup">
          <legend>{experienceLegend}</legend>
          {items.map(({ key, ...p }) => {
            const item = getExperienceItem(p.value)!;
            return (
              <div className="checkbox" key={key ?? p.value}>
                <input {...p} id={`${field.id}-${p.value}`} />
                <label htmlFor={`${field.id}-${p.value}`}>
                  {item.label[lang]} ({getExperienceGroup(item.groups[0]!)?.label[lang]})
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </fieldset>
  );
}
