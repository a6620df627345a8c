import os from 'node:os';
import { z } from 'zod';

/**
 * The environment, read and validated once. A wrong value stops the start with a message that
 * says which variable and why.
 */
const DEMO_SECRET = 'demo-only-session-secret-not-for-production-use';

const EnvSchema = z
  .object({
    APP_MODE: z
      .enum(['demo', 'production'], { message: 'APP_MODE must be "demo" or "production"' })
      .default('demo'),
    SESSION_SECRET: z.string().optional(),
    DATABASE_PATH: z.string().min(1, 'DATABASE_PATH must not be empty').default('data/proeftuinmonitor.db'),
    PORT: z.coerce
      .number({ message: 'PORT must be a number' })
      .int('PORT must be a whole number')
      .min(1, 'PORT must be between 1 and 65535')
      .max(65535, 'PORT must be between 1 and 65535')
      .default(3000),
    /** Express's 'trust proxy' (e.g. 'loopback' or '1'): set it behind a reverse proxy so login
     * throttling counts the client's address, not the proxy's. Unset: trust no proxy. */
    TRUST_PROXY: z.string().trim().min(1, 'TRUST_PROXY must not be empty when set').optional(),
    /** Server processes (node:cluster) sharing the port and the one SQLite file: a number from 1 to
     * 64, or "auto" for one per core. Unset: 1 (a single process, no cluster). */
    WEB_CONCURRENCY: z
      .string()
      .trim()
      .regex(/^(auto|\d+)$/, 'WEB_CONCURRENCY must be "auto" or a whole number from 1 to 64')
      .transform((v) => (v === 'auto' ? os.availableParallelism() : Number(v)))
      .pipe(
        z
          .number()
          .min(1, 'WEB_CONCURRENCY must be "auto" or a whole number from 1 to 64')
          .max(64, 'WEB_CONCURRENCY must be "auto" or a whole number from 1 to 64'),
      )
      .default(1),
    SESSION_TTL_HOURS: z.coerce
      .number({ message: 'SESSION_TTL_HOURS must be a number' })
      .positive('SESSION_TTL_HOURS must be positive')
      .max(24 * 30, 'SESSION_TTL_HOURS must be at most 720')
      .default(8),
  })
  .superRefine((env, ctx) => {
    if (env.APP_MODE === 'production' && (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'SESSION_SECRET is required in production mode and must be at least 32 characters long',
      });
    }
  })
  .transform((env) => ({
    ...env,
    SESSION_SECRET: env.SESSION_SECRET && env.SESSION_SECRET.length > 0 ? env.SESSION_SECRET : DEMO_SECRET,
    isDemo: env.APP_MODE === 'demo',
  }));

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError with one line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `- ${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new EnvError(`Invalid configuration, the app cannot start:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
