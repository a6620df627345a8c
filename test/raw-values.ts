/**
 * Figures read straight from the stored values, beside the app's own code: what a suppression test
 * expects to be hidden is found here, not by the module under test.
 */
import { sql } from 'drizzle-orm';
import type { setupTestDatabase } from './db';

/**
 * The regions whose complaints due and complaints handled on time in the months `from`–`to` are
 * both known for every month and both 1–4 in total: the small numbers a reviewer may not see.
 */
export function regionsWithSmallComplaints(
  db: ReturnType<typeof setupTestDatabase>,
  from: string,
  to: string,
  months = 3,
): string[] {
  return db
    .all<{ slug: string }>(
      sql`
      select g.slug,
        sum(case when v.element_code = 'complaints_due' then v.value end) as due,
        sum(case when v.element_code = 'complaints_on_time' then v.value end) as on_time,
        count(case when v.element_code in ('complaints_due', 'complaints_on_time') then v.value end) as known
      from report_values v join reports r on r.id = v.report_id join regions g on g.id = r.region_id
      where r.period between ${from} and ${to}
      group by g.slug having known = ${2 * months} and due between 1 and 4 and on_time between 1 and 4`,
    )
    .map((r) => r.slug);
}
