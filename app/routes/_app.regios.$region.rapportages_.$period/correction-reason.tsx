import { FieldErrors } from '#app/components/form-field';
import { getTextareaProps, type FieldMetadata } from '@conform-to/react';
import { reports as dict } from '#app/i18n/reports';
import { useT } from '#app/i18n/use-t';

/** The reason a manager gives for correcting a submitted report; shown to the coordinator. */
export function CorrectionReason({ field }: { field: FieldMetadata<string | undefined> }) {
  const t = useT(dict);
  return (
    <div className={`field correction-reason${field.errors ? ' field-error' : ''}`}>
      <label htmlFor={field.id}>{t('correctionReason')}</label>
      <p className="hint" id={`${field.id}-hint`}>
        {t('correctionReasonHint')}
      </p>
      <FieldErrors field={field} />
      <textarea
        {...getTextareaProps(field)}
        aria-describedby={[`${field.id}-hint`, field.errors ? field.errorId : null].filter(Boolean).join(' ')}
        rows={2}
      />
    </div>
  );
}
