import { useBlocker } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { reports as dict } from '#app/i18n/reports';
import { useT } from '#app/i18n/use-t';

/** Warns before leaving with unsaved changes: the browser's own prompt on unload, a dialog in-app. */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const t = useT(dict);
  const stay = useRef<HTMLButtonElement>(null);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);
  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);
  if (blocker.state !== 'blocked') return null;
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
      className="dialog"
    >
      <h2 id="unsaved-title">{t('formUnsavedTitle')}</h2>
      <p id="unsaved-text">{t('formUnsaved')}</p>
      <div className="actions">
        <button type="button" className="button" ref={stay} onClick={() => blocker.reset()}>
          {t('formStay')}
        </button>
        <button type="button" className="button-secondary" onClick={() => blocker.proceed()}>
          {t('formLeave')}
        </button>
      </div>
    </div>
  );
}
