// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
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
