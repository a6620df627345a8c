import { getFormProps, parse, useForm, type FieldMetadata, type SubmissionResult } from '@conform-to/react';
import { Form, Link, useLocation } from '@remix-run/react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { DATA_ELEMENTS, SECTIONS, isAskedIn } from '#app/domain/catalogue';
import { formatEnteredNumber } from '#app/domain/number-input';
import {
  explanationField,
  reportFormErrors,
  resolveReportForm,
  valuesFromPayload,
} from '#app/domain/report-schema';
import { evaluateWarnings } from '#app/domain/report-warnings';
import { ErrorSummary, type SummaryError } from '#app/components/error-summary';
import { reports as dict } from '#app/i18n/reports';
import { useLang, useT } from '#app/i18n/use-t';
import { ElementField, type FieldPage } from './element-field';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { CorrectionReason } from './correction-reason';
import { PreSubmitSummary } from './pre-submit-summary';
import { SectionNav } from './section-nav';
import { useKeepFocusVisible } from './keep-focus-visible';

export interface ReportFormPage extends FieldPage {
  /** what each section is about, in the user's language, from the loader */
  sectionHelp: Readonly<Record<string, string>>;
  /** the HTML constraints of the form's schema, from the loader */
  constraint: Parameters<typeof useForm>[0]['constraint'];
  report: { id: number; version: number; status: string; period: string };
  values: Record<string, number | null>;
  history: Record<string, (number | null)[]>;
  canEdit: boolean;
  canSubmit: boolean;
  correcting: boolean;
}

/**
 * The whole month as one form: plain POST without JavaScript; with it, Conform checks each field as
 * the user leaves it with the checks of the server's schema (resolveReportForm, without zod).
 */
export function ReportForm({
  page,
  lastResult,
  conflict,
}: {
  page: ReportFormPage;
  lastResult?: SubmissionResult<string[]>;
  conflict: boolean;
}) {
  const t = useT(dict);
  const lang = useLang();
  const location = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  useKeepFocusVisible(formRef, '.report-actions');
  const defaultValue = useMemo(
    () =>
      Object.fromEntries(DATA_ELEMENTS.map((e) => [e.code, formatEnteredNumber(page.values[e.code], lang)])),
    [page.values, lang],
  );
  const [form, fields] = useForm({
    id: `report-${page.report.id}`,
    lastResult,
    defaultValue,
    constraint: page.constraint,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parse(formData, { resolve: (payload) => resolveReportForm(payload, lang) }),
  });
  const anyFields = fields as unknown as Record<string, FieldMetadata<string | undefined>>;
  const current = (form.value ?? defaultValue) as Record<string, unknown>;
  const currentValues = valuesFromPayload(current, lang);
  const warnings = evaluateWarnings(currentValues, page.history);
  // The hard rules as of the last field the user left (or the last submit), also at a field the
  // user has not visited, such as a part that a smaller whole has made too large. While typing an
  // error may go away, never appear: a new one shows when the user leaves the field.
  type FieldError = ReturnType<typeof reportFormErrors>[number];
  const [checkedErrors, setCheckedErrors] = useState<FieldError[]>([]);
  const readForm = () =>
    formRef.current ? (Object.fromEntries(new FormData(formRef.current)) as Record<string, unknown>) : {};
  const errorsAt = (code: string): string[] | undefined => {
    const own = anyFields[code]?.errors;
    if (own?.length) return own;
    const found = checkedErrors.filter((e) => e.elementCode === code).map((e) => e.message);
    return found.length ? found : undefined;
  };
  const errorFields = new Set([
    ...Object.keys(form.allErrors).filter((k) => form.allErrors[k]?.length && anyFields[k]),
    ...checkedErrors.map((e) => e.elementCode),
  ]);
  const empty = DATA_ELEMENTS.filter((e) => currentValues[e.code] === null).map((e) => e.code);
  const explained = (w: { ruleCode: string; elementCode: string }) =>
    String(current[explanationField(w.ruleCode, w.elementCode)] ?? '').trim() !== '' ||
    page.comments.some((c) => c.ruleCode === w.ruleCode && c.elementCode === w.elementCode);
  const [confirming, setConfirming] = useState(false);
  // The summary at the top answers a submit (GOV.UK): errors found as the user leaves a field show at
  // the field and in the section list, and do not make the top of the form jump while typing.
  const [submitted, setSubmitted] = useState(Boolean(lastResult));
  const formProps = getFormProps(form);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const errors = reportFormErrors(readForm(), lang);
    setCheckedErrors(errors);
    // Submitting: first the check, with the hard errors listed first (they block the submit).
    const askFirst =
      submitter?.value === 'submit' &&
      (!submitter.dataset.confirmed || errors.length > 0) &&
      (errors.length > 0 || empty.length > 0 || warnings.length > 0);
    if (askFirst) {
      event.preventDefault();
      setConfirming(true);
      return;
    }
    setSubmitted(true);
    formProps.onSubmit(event);
  };
  const summary: SummaryError[] = !submitted
    ? []
    : [
        ...(form.errors ?? []).map((message) => ({ message })),
        ...Object.entries(form.allErrors)
          .filter(([name]) => name !== '' && anyFields[name])
          .flatMap(([name, errors]) => errors.map((message) => ({ fieldId: anyFields[name]!.id, message }))),
      ];
  const submittedVersion = (lastResult?.initialValue as { version?: unknown } | undefined)?.version;
  const version = conflict && submittedVersion ? String(submittedVersion) : String(page.report.version);
  return (
    <>
      <p>{page.correcting ? t('formIntroCorrecting') : page.canEdit ? t('formIntro') : t('formReadOnly')}</p>
      <ErrorSummary errors={summary} />
      {conflict ? (
        <p>
          <Link to={location.pathname} reloadDocument>
            {t('formConflictReload')}
          </Link>
        </p>
      ) : null}
      {warnings.length > 0 && page.canEdit ? (
        <p className="notice notice-warning">
          {/* Only who submits explains a warning; a manager correcting reads the explanations. */}
          {page.canSubmit
            ? t('warningsSummary', { count: warnings.length })
            : t('warningsSummaryReview', { count: warnings.length })}
        </p>
      ) : null}
      {page.canEdit ? (
        <SectionNav
          values={currentValues}
          errorFields={errorFields}
          warnings={warnings}
          period={page.report.period}
        />
      ) : null}
      <Form
        method="post"
        {...formProps}
        onSubmit={onSubmit}
        onBlur={(event) => {
          const { name } = event.target as unknown as { name?: string };
          if (name && anyFields[name]) setCheckedErrors(reportFormErrors(readForm(), lang));
        }}
        onInput={() => {
          if (checkedErrors.length === 0) return;
          const had = new Set(checkedErrors.map((e) => e.elementCode));
          setCheckedErrors(reportFormErrors(readForm(), lang).filter((e) => had.has(e.elementCode)));
        }}
        className="report-form"
        ref={formRef}
      >
        {page.canEdit ? <UnsavedChangesGuard dirty={Boolean(form.dirty)} /> : null}
        <input type="hidden" name="version" value={version} />
        {SECTIONS.map((section) => (
          <fieldset
            key={section.code}
            id={`section-${section.code}`}
            className="report-section"
            disabled={!page.canEdit}
          >
            <legend>
              <h2>{section.label[lang]}</h2>
            </legend>
            <details className="section-help">
              <summary>{t('formSectionHelp')}</summary>
              <p className="hint">{page.sectionHelp[section.code]}</p>
            </details>
            {DATA_ELEMENTS.filter((e) => e.section === section.code && isAskedIn(e, page.report.period)).map(
              (e) => (
                <ElementField
                  key={e.code}
                  element={e}
                  field={anyFields[e.code]!}
                  errors={errorsAt(e.code)}
                  page={page}
                  warnings={warnings.filter((w) => w.elementCode === e.code)}
                  explanationField={(name) => anyFields[name]!}
                  canExplain={page.canSubmit}
                />
              ),
            )}
          </fieldset>
        ))}
        {confirming && page.canSubmit ? (
          <PreSubmitSummary
            formId={form.id}
            errors={checkedErrors}
            empty={empty}
            warnings={warnings}
            explained={explained}
            onClose={() => setConfirming(false)}
          />
        ) : null}
        {page.correcting ? <CorrectionReason field={anyFields.correctionReason!} /> : null}
        {page.canEdit ? (
          // A press on a button keeps the focus in the field: leaving the field checks it, and its
          // message would push the buttons down between press and release, so the click was lost
          // (the user had to click twice). The submit checks every field anyway.
          <div className="actions report-actions" onMouseDown={(event) => event.preventDefault()}>
            <button type="submit" name="intent" value="save" className="button-secondary">
              {page.correcting ? t('correctionSave') : t('formSave')}
            </button>
            {page.canSubmit ? (
              <button type="submit" name="intent" value="submit" className="button">
                {t('formSubmit')}
              </button>
            ) : null}
          </div>
        ) : null}
      </Form>
    </>
  );
}
