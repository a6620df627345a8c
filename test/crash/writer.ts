/**
 * A writer for the crash test: saves the same report again and again through the app's own
 * saveReport, printing "ACK <version> <value>" only after each transaction has committed. The test
 * kills it with SIGKILL somewhere in the middle.
 */
import { and, eq } from 'drizzle-orm';
import { regions, reports, users } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { DEMO_USERS } from '#test/demo-users';
import { saveReport } from '#app/models/report-workflow.server';

const db = getDb();
const region = db.select().from(regions).where(eq(regions.slug, 'utrecht')).get()!;
const report = db
  .select()
  .from(reports)
  .where(and(eq(reports.regionId, region.id), eq(reports.period, '2026-10')))
  .get()!;
const user = db.select().from(users).where(eq(users.email, DEMO_USERS['coordinator.utrecht'])).get()!;
let version = report.version;
for (let i = 1; i <= 100_000; i++) {
  saveReport({
    reportId: report.id,
    expectedVersion: version,
    userId: user.id,
    role: user.role,
    values: { signals_new: 1000 + i },
  });
  version += 1;
  process.stdout.write(`ACK ${version} ${1000 + i}\n`);
}
