import { Form } from '@remix-run/react';
import { PRINCIPLE_CODES, PRINCIPLES } from '#app/domain/principles';
import { allowedActions, canEditValues } from '#app/domain/workflow';
import type { ReportStatus } from '#app/domain/report-status';
import type { Role } from '#app/domain/roles';
import { narratives as dict } from '#app/i18n/narratives';
import { useLang, useT } from '#app/i18n/use-t';

interface Text {
  context: string;
  learned: string;
  principles: Record<string, string>;
}

/** The narrative as a form (who may still edit it) with the workflow buttons the role may use. */
export function NarrativeForm({
  role,
  status,
  version,
  text,
  canWrite,
}: {
  role: Role;
  status: ReportStatus;
  version: number;
  text: Text;
  canWrite: boolean;
}) {
  const t = useT(dict);
  const lang = useLang();
  const editable = canWrite && canEditValues(role, status);
  const actions = canWrite ? allowedActions(role, status) : [];
  return (
    <Form method="post" className="narrative-form">
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="context">{t('context')}</label>
        <textarea id="context" name="context" rows={5} defaultValue={text.context} readOnly={!editable} />
      </div>
      {PRINCIPLE_CODES.map((p) => (
        <div className="field" key={p}>
          <label htmlFor={`principle_${p}`}>
            {t('principle', { principle: PRINCIPLES.find((x) => x.code === p)!.label[lang] })}
          </label>
          <textarea
            id={`principle_${p}`}
            name={`principle_${p}`}
            rows={3}
            defaultValue={text.principles[p] ?? ''}
            readOnly={!editable}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor="learned">{t('learned')}</label>
        <textarea id="learned" name="learned" rows={4} defaultValue={text.learned} readOnly={!editable} />
      </div>
      {actions.includes('return') || actions.includes('reopen') ? (
        <div className="field">
          <label htmlFor="reason">{t('reason')}</label>
          <textarea id="reason" name="reason" rows={2} />
        </div>
      ) : null}
      <p className="actions">
        {editable ? (
          <button type="submit" name="intent" value="save" className="button-secondary">
            {t('save')}
          </button>
        ) : null}
        {actions.map((a) => (
          <button type="submit" name="intent" value={a} className="button" key={a}>
            {t(a)}
          </button>
        ))}
      </p>
    </Form>
  );
}
