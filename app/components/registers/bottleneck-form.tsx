import { bottleneckSchema } from '~/domain/registers';
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
import { codeOptions } from './form-parts';
import {
  BOTTLENECK_STATUS_LABELS,
  LEGAL_FRAMEWORK_LABELS,
  LEGAL_FRAMEWORKS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITIES,
  SEVERITY_LABELS,
  type BottleneckStatus,
} from '~/domain/register-codes';

export type BottleneckFormDefaults = {
  regionId?: string;
  title?: string;
  description?: string;
  legalFramework?: string;
  article?: string;
  principle?: string;
  severity?: string;
  status?: string;
  identifiedDate?: string;
  resolvedDate?: string;
  proposedSolution?: string;
  experimentIds?: string[];
  version?: string;
};

/** Create and edit form of a legal bottleneck. */
export function BottleneckForm({
  regions,
  links,
  statuses,
  defaultValue,
  lastResult,
  cancelHref,
}: RegisterFormProps<BottleneckStatus, BottleneckFormDefaults>) {
  const t = useT(registers);
  const lang = useLang();
  const [form, fields] = useRegisterForm('bottleneck-form', bottleneckSchema, defaultValue, lastResult);
  const order = [
    fields.regionId,
    fields.title,
    fields.description,
    fields.legalFramework,
    fields.article,
    fields.principle,
    fields.severity,
    fields.status,
    fields.identifiedDate,
    fields.resolvedDate,
    fields.proposedSolution,
    fields.experimentIds,
  ];
  return (
    <RegisterFormFrame form={form} order={order} version={fields.version} cancelHref={cancelHref}>
      <RegionField field={fields.regionId} regions={regions} />
      <TextField field={fields.title} label={t('fieldTitle')} />
      <TextAreaField field={fields.description} label={t('fieldDescription')} rows={5} />
      <SelectField
        field={fields.legalFramework}
        label={t('fieldFramework')}
        empty={t('choose')}
        options={codeOptions(LEGAL_FRAMEWORKS, LEGAL_FRAMEWORK_LABELS, lang)}
      />
      <TextField field={fields.article} label={t('fieldArticle')} />
      <SelectField
        field={fields.principle}
        label={t('fieldPrinciple')}
        empty={t('choose')}
        options={codeOptions(PRINCIPLES, PRINCIPLE_LABELS, lang)}
      />
      <SelectField
        field={fields.severity}
        label={t('fieldSeverity')}
        empty={t('choose')}
        options={codeOptions(SEVERITIES, SEVERITY_LABELS, lang)}
      />
      <SelectField
        field={fields.status}
        label={t('fieldStatus')}
        options={codeOptions(statuses, BOTTLENECK_STATUS_LABELS, lang)}
      />
      <DateField field={fields.identifiedDate} label={t('fieldIdentifiedDate')} hint={t('dateHint')} />
      <DateField field={fields.resolvedDate} label={t('fieldResolvedDate')} hint={t('resolvedHint')} />
      <TextAreaField field={fields.proposedSolution} label={t('fieldProposedSolution')} rows={4} />
      <LinkCheckboxes field={fields.experimentIds} legend={t('fieldExperiments')} entries={links} />
    </RegisterFormFrame>
  );
}
