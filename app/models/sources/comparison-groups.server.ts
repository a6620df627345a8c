/**
 * Figure source: the comparison groups from CBS figures (issue 24, ADR 021). It owns the SQL that
 * reads the outcome–CBS mapping, each region's matched group in force and the retrieval date of a
 * CBS table, and declares the tables it reads. Choosing a group is app/models/comparison-groups.server.ts.
 */
import { desc, eq, sql } from 'drizzle-orm';
import { cbsTables, comparisonGroupChoices, outcomeCbsMappings } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import type { FigureSource } from '#app/models/figure-sources.server';

/** Which outcome compares with which CBS measure, with its gap (rows of migration 0015). */
function readMappings() {
  return getDb().select().from(outcomeCbsMappings).all();
}

/** A region's matched group in force (its newest choice), null when none or cleared. */
function readMatchedGroup(regionId: number): string[] | null {
  const latest = getDb()
    .select({ municipalities: comparisonGroupChoices.municipalities })
    .from(comparisonGroupChoices)
    .where(eq(comparisonGroupChoices.regionId, regionId))
    .orderBy(desc(comparisonGroupChoices.id))
    .limit(1)
    .get();
  return latest && latest.municipalities.length > 0 ? latest.municipalities : null;
}

/** The day a CBS table was last retrieved ('YYYY-MM-DD'), '' when never. */
function readTableRetrieved(tableId: string): string {
  const row = getDb()
    .select({ at: sql<string | null>`max(${cbsTables.retrievedAt})` })
    .from(cbsTables)
    .where(eq(sql`lower(${cbsTables.tableId})`, tableId.toLowerCase()))
    .get();
  return row?.at?.slice(0, 10) ?? '';
}

export const comparisonGroupsSource = {
  name: "comparison groups from CBS figures: the outcome–CBS mapping and each region's matched group (issue 24, ADR 021)",
  reads: ['outcome_cbs_mappings', 'comparison_group_choices', 'cbs_tables'],
  mappings: readMappings,
  matchedGroup: readMatchedGroup,
  tableRetrieved: readTableRetrieved,
} as const satisfies FigureSource;
