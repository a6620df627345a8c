import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useT } from '#app/i18n/use-t';

/** A GET form: period choice plus, for managers, the "approved only" switch. Works without JS. */
export function PeriodForm({
  period,
  showApprovedSwitch,
  approvedOnly,
  label,
  children,
}: {
  period?: string;
  showApprovedSwitch: boolean;
  approvedOnly: boolean;
  label?: string;
  children?: ReactNode;
}) {
  const t = useT(dashboardCore);
  return (
    <Form method="get" className="period-form no-print">
      {children}
      {period !== undefined ? (
        <div className="field">
          <label htmlFor="period">{label ?? t('period')}</label>
          <input id="period" name="period" defaultValue={period} size={10} />
        </div>
      ) : null}
      <ApprovedSwitchAndApply show={showApprovedSwitch} approvedOnly={approvedOnly} />
    </Form>
  );
}

/** The end of a figures form: the "approved reports only" switch (where shown) and the apply button. */
export function ApprovedSwitchAndApply({ show, approvedOnly }: { show?: boolean; approvedOnly?: boolean }) {
  const t = useT(dashboardCore);
  return (
    <>
      {show ? (
        <div className="field field-checkbox">
          <input type="checkbox" id="approved" name="approved" value="1" defaultChecked={approvedOnly} />
          <label htmlFor="approved">{t('approvedOnly')}</label>
        </div>
      ) : null}
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </>
  );
}
