import { experimentSchema } from '~/domain/registers';
import { registers } from '~/i18n/registers';
import { useLang, useT } from '~/i18n/use-t';
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
import { CheckboxGroup, codeOptions, IndicatorCheckboxes } from './form-parts';
import {
  EXPERIMENT_OUTCOMES,
  EXPERIMENT_STATUS_LABELS,
  OUTCOME_LABELS,
  PARTNER_LABELS,
  PARTNERS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  THEME_LABELS,
  THEMES,
  type ExperimentStatus,
  labelOf,
} from '~/domain/register-codes';

export type ExperimentFormDefaults = {
  regionId?: string;
  title?: string;
  hypothesis?: string;
  description?: string;
  principles?: string[];
  themes?: string[];
  partners?: string[];
  status?: string;
  startDate?: string;
  endDate?: string;
  outcome?: string;
  lessons?: string;
  indicators?: string[];
  bottleneckIds?: string[];
  version?: string;
};

/** Create and edit form of an experiment; the same zod schema checks in the browser and on the server. */
export function ExperimentForm({
  regions,
  links,
  statuses,
  defaultValue,
  lastResult,
  cancelHref,
}: RegisterFormProps<ExperimentStatus, ExperimentFormDefaults>) {
  const t = useT(registers);
  const lang = useLang();
  const [form, fields] = useRegisterForm('experiment-form', experimentSchema, defaultValue, lastResult);
  const order = [
    fields.regionId,
    fields.title,
    fields.hypothesis,
    fields.description,
    fields.principles,
    fields.themes,
    fields.partners,
    fields.status,
    fields.startDate,
    fields.endDate,
    fields.outcome,
    fields.lessons,
    fields.indicators,
    fields.bottleneckIds,
  ];
  return (
    <RegisterFormFrame form={form} order={order} version={fields.version} cancelHref={cancelHref}>
      <RegionField field={fields.regionId} regions={regions} />
      <TextField field={fields.title} label={t('fieldTitle')} />
      <TextAreaField field={fields.hypothesis} label={t('fieldHypothesis')} rows={3} />
      <TextAreaField field={fields.description} label={t('fieldDescription')} rows={5} />
      <CheckboxGroup
        field={fields.principles}
        legend={t('fieldPrinciples')}
        options={codeOptions(PRINCIPLES, PRINCIPLE_LABELS, lang)}
      />
      <CheckboxGroup
        field={fields.themes}
        legend={t('fieldThemes')}
        options={codeOptions(THEMES, THEME_LABELS, lang)}
      />
      <CheckboxGroup
        field={fields.partners}
        legend={t('fieldPartners')}
        options={codeOptions(PARTNERS, PARTNER_LABELS, lang)}
      />
      <SelectField
        field={fields.status}
        label={t('fieldStatus')}
        hint={statuses.length < 6 ? t('statusHint') : undefined}
        options={statuses.map((s) => ({ value: s, label: labelOf(EXPERIMENT_STATUS_LABELS, s, lang) }))}
      />
      <DateField field={fields.startDate} label={t('fieldStartDate')} hint={t('dateHint')} />
      <DateField field={fields.endDate} label={t('fieldEndDate')} hint={t('dateHint')} />
      <SelectField
        field={fields.outcome}
        label={t('fieldOutcome')}
        hint={t('closeHint')}
        empty={t('notSet')}
        options={codeOptions(EXPERIMENT_OUTCOMES, OUTCOME_LABELS, lang)}
      />
      <TextAreaField field={fields.lessons} label={t('fieldLessons')} hint={t('closeHint')} rows={5} />
      <IndicatorCheckboxes
        field={fields.indicators}
        legend={t('fieldIndicators')}
        hint={t('fieldIndicatorsHint')}
      />
      <LinkCheckboxes field={fields.bottleneckIds} legend={t('fieldBottlenecks')} entries={links} />
    </RegisterFormFrame>
  );
}
