/**
 * The name of every municipality by its CBS code, ended ones too: a missing CBS figure of the years
 * before a merger names an old municipality, which the CBS source's list of existing ones leaves out.
 */
import { municipalities } from '#db/schema';
import { getDb } from '#app/utils/db.server';

export function municipalityNames(): Record<string, string> {
  return Object.fromEntries(
    getDb()
      .select({ code: municipalities.code, name: municipalities.name })
      .from(municipalities)
      .all()
      .map((m) => [m.code, m.name]),
  );
}
