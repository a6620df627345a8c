import { asc, eq } from 'drizzle-orm';
import { regions } from '../../db/schema';
import { getDb } from '~/utils/db.server';

export type Region = typeof regions.$inferSelect;

export function listRegions(): Region[] {
  return getDb()
    .select()
    .from(regions)
    .where(eq(regions.active, true))
    .orderBy(asc(regions.sortOrder), asc(regions.name))
    .all();
}

export function findRegionBySlug(slug: string): Region | undefined {
  return getDb().select().from(regions).where(eq(regions.slug, slug)).get();
}

export function findRegionById(id: number): Region | undefined {
  return getDb().select().from(regions).where(eq(regions.id, id)).get();
}
