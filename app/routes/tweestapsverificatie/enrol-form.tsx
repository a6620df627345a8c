import { FieldErrors } from '#app/components/form-field';
import { Form } from '@remix-run/react';
import { accounts } from '#app/i18n/accounts';
import { common } from '#app/i18n/common';
import { useT } from '#app/i18n/use-t';

/** The form's one error as a summary at its top, linked to its field (none without an error). */
function ErrorAlert({ error, fieldId }: { error: string | null; fieldId: string }) {
  return error ? (
    <div className="error-summary" role="alert">
      <ul>
        <li>
          <a href={`#${fieldId}`}>{error}</a>
        </li>
      </ul>
    </div>
  ) : null;
}

/** The current password (field `currentPassword`), to confirm a change of the second factor. */
function CurrentPassword({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required={required}
      />
    </div>
  );
}

/** The QR code (an SVG data URL made on the server: no request leaves the page), the key, and the first code. */
export function EnrolForm({
  enrolment,
  error,
  needsPassword,
}: {
  enrolment: { secret: string; qr: string; sig: string };
  error: string | null;
  needsPassword: boolean;
}) {
  const t = useT(accounts);
  const tc = useT(common);
  return (
    <>
      <ErrorAlert error={error} fieldId="totp-code" />
      <ol className="enrol-steps">
        <li>
          <p>{t('enrolStep1')}</p>
          <img src={enrolment.qr} alt={t('enrolQrAlt')} width={200} height={200} />
          <p>
            {t('enrolManual')} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
        </li>
        <li>
          <Form method="post">
            <input type="hidden" name="secret" value={enrolment.secret} />
            <input type="hidden" name="sig" value={enrolment.sig} />
            <div className={`field${error ? ' field-error' : ''}`}>
              <label htmlFor="totp-code">{t('enrolStep2')}</label>
              <FieldErrors field={{ errorId: 'totp-code-error', errors: error ? [error] : undefined }} />
              <input
                id="totp-code"
                name="code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]*"
                maxLength={7}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'totp-code-error' : undefined}
              />
            </div>
            {needsPassword ? (
              <CurrentPassword id="totp-password" label={tc('currentPassword')} required />
            ) : null}
            <button type="submit" className="button">
              {t('enrolButton')}
            </button>
          </Form>
        </li>
      </ol>
    </>
  );
}

export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT(accounts);
  return (
    <section aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('recoveryTitle')}</h2>
      <p>{t('recoveryIntro')}</p>
      <ul className="recovery-codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Switching an optional second factor off, confirmed with a code of the app or the password. */
export function DisableForm({ error }: { error: string | null }) {
  const t = useT(accounts);
  return (
    <section aria-labelledby="disable-title">
      <h2 id="disable-title">{t('disableTitle')}</h2>
      <p>{t('disableIntro')}</p>
      <ErrorAlert error={error} fieldId="disable-code" />
      <Form method="post">
        <input type="hidden" name="intent" value="disable" />
        <div className={`field${error ? ' field-error' : ''}`}>
          <label htmlFor="disable-code">{t('disableCode')}</label>
          <input
            id="disable-code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            maxLength={20}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <CurrentPassword id="disable-password" label={t('disablePassword')} />
        <button type="submit" className="button button-secondary">
          {t('disableButton')}
        </button>
      </Form>
    </section>
  );
}
