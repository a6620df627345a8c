import type { z } from 'zod';
import { type Lang } from '#app/domain/lang';
import { labelOf } from '#app/domain/register-codes';
import { enteredFields, type EnteredField, type RegisterField } from '#app/domain/register-fields';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import {
  DateField,
  LinkCheckboxes,
  RegionField,
  RegisterFormFrame,
  type RegisterFormProps,
  SelectField,
  TextAreaField,
  TextField,
  useRegisterForm,
} from './form-fields';
import { CheckboxGroup, codeOptions, IndicatorCheckboxes, type ListField } from './form-parts';

export type RegisterFormDefaults = Record<string, string | string[] | undefined>;

/**
 * The create and edit form of a register entry: one input per entered field of the register's list
 * (register-fields.ts), in its order; the same zod schema checks in the browser and on the server.
 */
export function RegisterForm({
  id,
  fieldList,
  schema,
  ...props
}: RegisterFormProps<string, RegisterFormDefaults> & {
  id: string;
  fieldList: readonly RegisterField[];
  schema: (lang: Lang) => z.ZodType<Record<string, unknown>, Record<string, unknown>>;
}) {
  const [form, fields] = useRegisterForm(id, schema, props.defaultValue, props.lastResult);
  const entered = enteredFields(fieldList);
  const meta = (name: string) => fields[name] as ListField;
  return (
    <RegisterFormFrame
      form={form}
      order={entered.map((f) => meta(f.name))}
      version={meta('version')}
      cancelHref={props.cancelHref}
    >
      {entered.map((f) => (
        <FieldInput key={f.name} f={f} field={meta(f.name)} {...props} />
      ))}
    </RegisterFormFrame>
  );
}

function FieldInput({
  f,
  field,
  regions,
  links,
  statuses,
}: { f: EnteredField; field: ListField } & Pick<
  RegisterFormProps<string, RegisterFormDefaults>,
  'regions' | 'links' | 'statuses'
>) {
  const t = useT(registers);
  const lang = useLang();
  switch (f.kind) {
    case 'region':
      return <RegionField field={field} regions={regions} />;
    case 'title':
    case 'text':
      return <TextField field={field} label={t(f.label)} />;
    case 'longText':
      return (
        <TextAreaField field={field} label={t(f.label)} rows={f.rows} hint={f.hint ? t(f.hint) : undefined} />
      );
    case 'date':
      return <DateField field={field} label={t(f.label)} hint={t(f.hint)} />;
    case 'code':
      return (
        <SelectField
          field={field}
          label={t(f.label)}
          empty={t(f.empty)}
          hint={f.hint ? t(f.hint) : undefined}
          options={codeOptions(f.codes, f.labels, lang)}
        />
      );
    case 'codes':
      return (
        <CheckboxGroup field={field} legend={t(f.label)} options={codeOptions(f.codes, f.labels, lang)} />
      );
    case 'status':
      // Only the moves the current status allows are offered; the hint says so when that is fewer than all.
      return (
        <SelectField
          field={field}
          label={t(f.label)}
          hint={statuses.length < f.codes.length ? t('statusHint') : undefined}
          options={statuses.map((s) => ({ value: s, label: labelOf(f.labels, s, lang) }))}
        />
      );
    case 'indicators':
      return (
        <IndicatorCheckboxes
          field={field}
          legend={t(f.label)}
          hint={t(f.hint)}
          outcomesLegend={t('fieldIndicatorsOutcomes')}
          experienceLegend={t('fieldIndicatorsExperience')}
        />
      );
    case 'links':
      return <LinkCheckboxes field={field} legend={t(f.label)} entries={links} />;
  }
}
