import { useEffect, type RefObject } from 'react';

/**
 * Scrolls so that a focused element inside `container` is never under the sticky action bar (or
 * above the top of the window): WCAG 2.4.11, focus not obscured. The bar stays sticky; the page
 * moves instead.
 */
export function useKeepFocusVisible(container: RefObject<HTMLElement>, barSelector: string) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const check = (el: HTMLElement) => {
      const bar = root.querySelector(barSelector);
      if (!bar || bar.contains(el)) return;
      const margin = 8;
      const r = el.getBoundingClientRect();
      const barTop = bar.getBoundingClientRect().top;
      if (r.bottom > barTop - margin) window.scrollBy(0, r.bottom - barTop + margin);
      else if (r.top < margin) window.scrollBy(0, r.top - margin);
    };
    // The browser scrolls a newly focused element into view after the focus event: check after that.
    const onFocus = (event: FocusEvent) => {
      const el = event.target as HTMLElement;
      requestAnimationFrame(() => check(el));
    };
    root.addEventListener('focusin', onFocus);
    return () => root.removeEventListener('focusin', onFocus);
  }, [container, barSelector]);
}
