import { useEffect, useRef } from 'react';

/** The message after an action that succeeded, read out as a status; nothing when there is none. */
export function SuccessNotice({ text }: { text: string | null | undefined }) {
  return text ? (
    <p className="notice notice-success" role="status">
      {text}
    </p>
  ) : null;
}

/**
 * A change of status confirmed (GOV.UK confirmation pattern): with `takeFocus` the message takes
 * focus and comes into view, at the top of the page.
 */
export function Confirmation({ text, takeFocus }: { text: string; takeFocus: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!takeFocus || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    // Still in view if the page header is taller than the window (zoomed in).
    ref.current.scrollIntoView({ block: 'nearest' });
  }, [text, takeFocus]);
  return (
    <p className="notice notice-success" role="status" tabIndex={-1} ref={ref}>
      {text}
    </p>
  );
}
