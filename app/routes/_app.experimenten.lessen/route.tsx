import { formatDate } from '#app/utils/format';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { registerMeta } from '#app/components/registers/meta';
import { CodeFilterSelects, FilterFormFrame } from '#app/components/registers/register-filter-form';
import { EXPERIMENT_REGISTER as register } from '#app/domain/register-definitions';
import { OUTCOME_LABELS, PRINCIPLE_LABELS, labelOf } from '#app/domain/register-codes';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { listLessons } from '#app/models/experiments.server';
import { registerFilters } from '#app/registers/list.server';
import { requireRegisterReader } from '#app/utils/register-access.server';

/** The register's own principle and theme filters. */
const LESSON_FILTERS = register.filters.codes.filter((f) => f.name === 'principle' || f.name === 'theme');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, register.page);
  const { principle, theme } = registerFilters(register, request);
  return { principle, theme, lessons: listLessons({ principle, theme }) };
}

export default function LessonsPage() {
  const { principle, theme, lessons } = useLoaderData<typeof loader>();
  const t = useT(registers);
  const lang = useLang();
  return (
    <>
      <h1>{t('lessonsTitle')}</h1>
      <p>{t('lessonsIntro')}</p>
      <FilterFormFrame resetHref={`${register.href}/lessen`}>
        <CodeFilterSelects values={{ principle, theme }} filters={LESSON_FILTERS} />
      </FilterFormFrame>
      <p role="status">{t('lessonsCount', { count: lessons.length })}</p>
      {lessons.length === 0 ? <p>{t('lessonsNone')}</p> : null}
      <ul className="lessons-list">
        {lessons.map((l) => (
          <li key={l.id}>
            <article aria-labelledby={`lesson-${l.id}`}>
              <h2 id={`lesson-${l.id}`}>
                <Link to={`${register.href}/${l.id}`}>{l.title}</Link>
              </h2>
              <p className="lesson-meta">
                {l.regionName} · {labelOf(register.statusLabels, l.status, lang)} · {t('fieldOutcome')}:{' '}
                {labelOf(OUTCOME_LABELS, l.outcome, lang)}
                {l.endDate ? ` · ${formatDate(l.endDate, lang)}` : ''}
              </p>
              <p>{l.lessons}</p>
              <p className="lesson-meta">
                {l.principles.map((p) => labelOf(PRINCIPLE_LABELS, p, lang)).join(', ')}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta = registerMeta('lessonsTitle');
