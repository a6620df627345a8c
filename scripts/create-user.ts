/**
 * `npm run user:create -- --email a@b.nl --name "Naam" --role admin [--region slug]`
 * The password is read from standard input (first line), so it never shows in the shell history:
 *   printf '%s\n' "$PASSWORD" | npm run user:create -- --email … --role admin
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDatabase } from '#db/client';
import { migrateDatabase } from '#db/migrate';
import { regions } from '#db/schema';
import { parseEnv } from '#app/utils/env.server';
import { hashPassword } from '#app/utils/password.server';
import { createUser } from '#test/factories';
import { recordAudit } from '#app/models/audit.server';
import { checkPasswordPolicy } from '#app/utils/password-policy.server';
import { ROLES, type Role } from '#app/domain/roles';
import { hasControlCharacter } from '#app/domain/entered-fields';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    region: { type: 'string' },
  },
});
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail('Give a valid --email.');
const role = values.role as Role;
if (!ROLES.includes(role)) fail(`Give --role, one of: ${ROLES.join(', ')}.`);
if (role === 'coordinator' && !values.region) fail('A coordinator needs --region <slug>.');
if (role !== 'coordinator' && values.region) fail('Only a coordinator has a --region.');

const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: false });
process.stderr.write('Password (at least 12 characters): ');
const password = await new Promise<string>((resolve) =>
  rl.once('line', resolve).once('close', () => resolve('')),
);
rl.close();
const problem = checkPasswordPolicy(password);
if (problem)
  fail(`\nPassword refused (${problem}): use at least 12 characters and not a commonly used password.`);

if (values.name !== undefined && hasControlCharacter(values.name))
  fail('A name cannot contain a line break, tab or other control character.');

const env = parseEnv(process.env);
const db = openDatabase(env.DATABASE_PATH);
migrateDatabase(db);
let regionId: number | null = null;
if (values.region) {
  const region = db.select().from(regions).where(eq(regions.slug, values.region)).get();
  if (!region) fail(`No region with slug ${values.region}.`);
  regionId = region.id;
}
try {
  const user = createUser(db, {
    email,
    name: values.name ?? email,
    role,
    regionId,
    passwordHash: await hashPassword(password),
  });
  recordAudit(
    {
      userId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      detail: { email, role, via: 'cli' },
    },
    db,
  );
  console.error(`\nCreated ${role} ${email}.`);
} catch (error) {
  fail(`\nCould not create the user: ${error instanceof Error ? error.message : String(error)}`);
}
