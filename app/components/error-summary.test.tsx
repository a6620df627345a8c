// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithLang } from '#test/render-with-lang';
import { ErrorSummary } from './error-summary';
import { StatusBadge } from './status-badge';

describe('ErrorSummary', () => {
  test('lists every message as a link to its field, under a Dutch title, and takes focus', () => {
    renderWithLang(
      <ErrorSummary
        errors={[
          { fieldId: 'signals_new', message: 'Vul een getal in.' },
          { message: 'Het formulier is verouderd.' },
        ]}
      />,
      'nl',
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Er is een probleem' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Vul een getal in.' })).toHaveAttribute(
      'href',
      '#signals_new',
    );
    expect(within(alert).getByText('Het formulier is verouderd.').tagName).toBe('LI');
    expect(document.activeElement).toBe(alert);
  });

  test('the errors that answer a submit take focus however long they take to be drawn; errors while typing never do', () => {
    let setErrors: (errors: { fieldId?: string; message: string }[]) => void = () => {};
    function Form() {
      const [errors, set] = useState<{ fieldId?: string; message: string }[]>([]);
      setErrors = set;
      return (
        <form>
          <label htmlFor="signals_new">Signalen</label>
          <input id="signals_new" />
          <ErrorSummary errors={errors} />
        </form>
      );
    }
    let now = 1_800_000_000_000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      renderWithLang(<Form />, 'nl');
      const input = screen.getByLabelText('Signalen');
      input.focus();
      act(() => {
        input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      // a slow phone or a busy machine: the answer is drawn two seconds after the submit
      now += 2000;
      act(() => setErrors([{ fieldId: 'signals_new', message: 'Vul een getal in.' }]));
      expect(document.activeElement).toBe(screen.getByRole('alert'));
      // typing in the field re-validates: other errors, focus stays in the field
      input.focus();
      now += 100;
      act(() => setErrors([{ fieldId: 'signals_new', message: 'Vul een heel getal in.' }]));
      expect(screen.getByRole('link', { name: 'Vul een heel getal in.' })).toBeInTheDocument();
      expect(document.activeElement).toBe(input);
    } finally {
      clock.mockRestore();
    }
  });

  test('shows nothing when there are no errors', () => {
    renderWithLang(<ErrorSummary errors={[]} />, 'nl');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('speaks English when the interface is English', () => {
    renderWithLang(<ErrorSummary errors={[{ message: 'x' }]} />, 'en');
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
  });
});

describe('StatusBadge', () => {
  test('says the status in words, in the interface language', () => {
    renderWithLang(<StatusBadge status="teruggestuurd" />, 'en');
    expect(screen.getByText('Returned')).toHaveClass('badge', 'badge-teruggestuurd');
  });
});
