import { formatDate } from '#app/utils/format';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { registerMeta } from '#app/components/registers/meta';
import {
  CodeFilterSelects,
  FilterFormFrame,
  type CodeFilter,
} from '#app/components/registers/register-filter-form';
import {
  EXPERIMENT_STATUS_LABELS,
  OUTCOME_LABELS,
  PRINCIPLE_LABELS,
  PRINCIPLES,
  THEME_LABELS,
  THEMES,
  labelOf,
} from '#app/domain/register-codes';
import { parseExperimentFilters } from '#app/domain/register-filters';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { listLessons } from '#app/models/experiments.server';
import { requireRegisterReader } from '#app/utils/register-access.server';

const LESSON_FILTERS: CodeFilter[] = [
  { name: 'principle', label: 'fieldPrinciples', codes: PRINCIPLES, labels: PRINCIPLE_LABELS },
  { name: 'theme', label: 'fieldThemes', codes: THEMES, labels: THEME_LABELS },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRegisterReader(request, 'experiments');
  const { principle, theme } = parseExperimentFilters(new URL(request.url).searchParams);
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
      <FilterFormFrame resetHref="/experimenten/lessen">
        <CodeFilterSelects values={{ principle, theme }} filters={LESSON_FILTERS} />
      </FilterFormFrame>
      <p role="status">{t('lessonsCount', { count: lessons.length })}</p>
      {lessons.length === 0 ? <p>{t('lessonsNone')}</p> : null}
      <ul className="lessons-list">
        {lessons.map((l) => (
          <li key={l.id}>
            <article aria-labelledby={`lesson-${l.id}`}>
              <h2 id={`lesson-${l.id}`}>
                <Link to={`/experimenten/${l.id}`}>{l.title}</Link>
              </h2>
              <p className="lesson-meta">
                {l.regionName} · {labelOf(EXPERIMENT_STATUS_LABELS, l.status, lang)} · {t('fieldOutcome')}:{' '}
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
