import { getInputProps, getTextareaProps, type FieldMetadata } from '@conform-to/react';
import { Field } from '#app/components/form-field';
import { regionsText } from '#app/i18n/regions';
import { useT } from '#app/i18n/use-t';

// Conform's field metadata for a string field of any form.
export type RegionFormField = FieldMetadata<string | undefined, Record<string, unknown>, string[]>;
type RegionFieldSet = Record<
  'name' | 'planName' | 'colour' | 'reportingStart' | 'pilotStart',
  RegionFormField
>;
type ScopeFieldSet = Record<'effectiveFrom' | 'children' | 'municipalities' | 'source', RegionFormField>;

/** Name, plan, colour, reporting start and pilot start: shared by the create and edit forms. */
export function RegionFields({ fields }: { fields: RegionFieldSet }) {
  const t = useT(regionsText);
  return (
    <>
      <Field field={fields.name} label={t('fieldName')}>
        <input {...getInputProps(fields.name, { type: 'text' })} />
      </Field>
      <Field field={fields.planName} label={t('fieldPlanName')}>
        <input {...getInputProps(fields.planName, { type: 'text' })} />
      </Field>
      <Field field={fields.colour} label={t('fieldColour')} hint={t('fieldColourHint')}>
        <input
          {...getInputProps(fields.colour, { type: 'text', ariaDescribedBy: fields.colour.descriptionId })}
          placeholder="#0072B2"
        />
      </Field>
      <MonthField field={fields.reportingStart} label={t('fieldReportingStart')} />
      <MonthField field={fields.pilotStart} label={t('fieldPilotStart')} hint={t('fieldPilotStartHint')} />
    </>
  );
}

/** A month (YYYY-MM) typed as text; with a hint, the input is described by it. */
function MonthField({ field, label, hint }: { field: RegionFormField; label: string; hint?: string }) {
  return (
    <Field field={field} label={label} hint={hint}>
      <input
        {...getInputProps(field, {
          type: 'text',
          ...(hint ? { ariaDescribedBy: field.descriptionId } : {}),
        })}
        placeholder="2026-01"
        inputMode="numeric"
      />
    </Field>
  );
}

/** Municipalities, children 0–17 and the month from which they hold. */
export function ScopeFields({ fields }: { fields: ScopeFieldSet }) {
  const t = useT(regionsText);
  return (
    <>
      <MonthField
        field={fields.effectiveFrom}
        label={t('fieldEffectiveFrom')}
        hint={t('fieldEffectiveFromHint')}
      />
      <Field field={fields.children} label={t('fieldChildren')}>
        <input {...getInputProps(fields.children, { type: 'text' })} inputMode="numeric" />
      </Field>
      <Field
        field={fields.municipalities}
        label={t('fieldMunicipalities')}
        hint={t('fieldMunicipalitiesHint')}
      >
        <textarea
          {...getTextareaProps(fields.municipalities, {
            ariaDescribedBy: fields.municipalities.descriptionId,
          })}
          rows={4}
        />
      </Field>
      <Field field={fields.source} label={t('fieldSource')}>
        <input {...getInputProps(fields.source, { type: 'text' })} />
      </Field>
    </>
  );
}
