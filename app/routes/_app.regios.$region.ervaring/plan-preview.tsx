import { DataTable } from '#app/components/data-table';
import { Form } from '@remix-run/react';
import { num } from '#app/components/table-head';
import { getExperienceGroup, getExperienceItem } from '#app/domain/experience-items';
import { routeLabel } from '#app/domain/experience-rules';
import { experience as dict } from '#app/i18n/experience';
import { useLang, useT } from '#app/i18n/use-t';
import type { PlanLine } from './action.server';

/** The dry run without errors: every line as it will be stored, and the one button that stores them all. */
export function PlanPreview({ lines, csv }: { lines: readonly PlanLine[]; csv: string }) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t('previewTitle', { count: lines.length })}</h2>
      <DataTable
        labelledBy="preview-title"
        columns={[
          t('line'),
          t('changePeriod'),
          t('changeGroup'),
          t('changeRoute'),
          t('changeItem'),
          num(t('invited')),
          num(t('responded')),
          num(t('answered')),
          num(t('agreed')),
        ]}
      >
        {lines.map((l) => (
          <tr key={`${l.line}-${l.item}`}>
            <th scope="row">{l.line}</th>
            <td>{l.period}</td>
            <td>{getExperienceGroup(l.group)?.label[lang] ?? l.group}</td>
            <td>{routeLabel(l.route)[lang]}</td>
            <td>{getExperienceItem(l.item)?.label[lang] ?? l.item}</td>
            <td className="num">{l.invited ?? t('unknown')}</td>
            <td className="num">{l.responded}</td>
            <td className="num">{l.answered}</td>
            <td className="num">{l.agreed}</td>
          </tr>
        ))}
      </DataTable>
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="apply" />
        <input type="hidden" name="csv" value={csv} />
        <button type="submit" className="button">
          {t('applyButton')}
        </button>
      </Form>
    </section>
  );
}
