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
    /** Base address of the app in e-mail links, e.g. https://monitor.example.nl. Unset: relative links. */
    APP_URL: z
      .url({ message: 'APP_URL must be a full address such as https://monitor.example.nl' })
      .optional(),
    /** Mail server for notifications. Unset: messages stay in the outbox (the admin's Berichten page). */
    SMTP_HOST: z.string().trim().min(1, 'SMTP_HOST must not be empty when set').optional(),
    SMTP_PORT: z.coerce
      .number({ message: 'SMTP_PORT must be a number' })
      .int('SMTP_PORT must be a whole number')
      .min(1, 'SMTP_PORT must be between 1 and 65535')
      .max(65535, 'SMTP_PORT must be between 1 and 65535')
      .default(587),
    /** "true": TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: z
      .enum(['true', 'false'], { message: 'SMTP_SECURE must be "true" or "false"' })
      .default('false'),
    SMTP_USER: z.string().min(1, 'SMTP_USER must not be empty when set').optional(),
    SMTP_PASSWORD: z.string().min(1, 'SMTP_PASSWORD must not be empty when set').optional(),
    MAIL_FROM: z.email({ message: 'MAIL_FROM must be an e-mail address' }).optional(),
    /** Days before the due date a reminder goes out (0: only when overdue). */
    REMINDER_DAYS_BEFORE: z.coerce
      .number({ message: 'REMINDER_DAYS_BEFORE must be a number' })
      .int('REMINDER_DAYS_BEFORE must be a whole number')
      .min(0, 'REMINDER_DAYS_BEFORE must be between 0 and 28')
      .max(28, 'REMINDER_DAYS_BEFORE must be between 0 and 28')
      .default(3),
    /** "true": the demo asks for the second factor too (roles that require it); unset: one-step demo logins. */
    TOTP_IN_DEMO: z
      .enum(['true', 'false'], { message: 'TOTP_IN_DEMO must be "true" or "false"' })
      .default('false'),
    /** Key for the TOTP secrets at rest (AES-256-GCM, key by HKDF); unset: derived from SESSION_SECRET. */
    TOTP_ENCRYPTION_KEY: z
      .string()
      .min(32, 'TOTP_ENCRYPTION_KEY must be at least 32 characters long when set')
      .optional(),
    /** Single sign-on through OpenID Connect: off unless OIDC_ISSUER is set (then the other three too). */
    OIDC_ISSUER: z
      .url({ message: 'OIDC_ISSUER must be a full address such as https://login.example.nl' })
      .optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1, 'OIDC_CLIENT_ID must not be empty when set').optional(),
    OIDC_CLIENT_SECRET: z.string().min(1, 'OIDC_CLIENT_SECRET must not be empty when set').optional(),
    /** The identity provider's name on the login button ("Inloggen met <name>"). */
    OIDC_NAME: z
      .string()
      .trim()
      .min(1, 'OIDC_NAME must not be empty when set')
      .max(60, 'OIDC_NAME must be at most 60 characters')
      .optional(),
    /** Space-separated `amr` values (e.g. "mfa otp hwk") or `acr` values that count as a second
     * factor done at the identity provider. Unset: the app's own second factor still applies. */
    OIDC_MFA_AMR: z.string().trim().min(1, 'OIDC_MFA_AMR must not be empty when set').optional(),
    OIDC_MFA_ACR: z.string().trim().min(1, 'OIDC_MFA_ACR must not be empty when set').optional(),
    /** Days without a sign-in after which an account is disabled (a warning goes out 7 days before); 0: never. */
    DORMANT_DAYS: z.coerce
      .number({ message: 'DORMANT_DAYS must be a number' })
      .int('DORMANT_DAYS must be a whole number')
      .min(0, 'DORMANT_DAYS must be 0 or from 14 to 3650')
      .max(3650, 'DORMANT_DAYS must be 0 or from 14 to 3650')
      .refine((d) => d === 0 || d >= 14, 'DORMANT_DAYS must be 0 or from 14 to 3650')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_HOST && !env.MAIL_FROM)
      ctx.addIssue({
        code: 'custom',
        path: ['MAIL_FROM'],
        message: 'MAIL_FROM is required when SMTP_HOST is set',
      });
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD))
      ctx.addIssue({
        code: 'custom',
        path: [env.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER'],
        message: 'SMTP_USER and SMTP_PASSWORD are set together or not at all',
      });
    const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_NAME'] as const;
    const oidcSet = oidc.filter((k) => env[k]);
    if (oidcSet.length > 0 && oidcSet.length < oidc.length)
      for (const k of oidc.filter((k) => !env[k]))
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: `${k} is required when single sign-on is configured (${oidcSet.join(', ')} set)`,
        });
    if (env.OIDC_ISSUER && env.APP_MODE === 'production' && !env.OIDC_ISSUER.startsWith('https://'))
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'OIDC_ISSUER must be an https:// address in production mode',
      });
    if (env.OIDC_ISSUER && !env.APP_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['APP_URL'],
        message:
          'APP_URL is required when OIDC_ISSUER is set (the identity provider returns to APP_URL/login/sso/terug)',
      });
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
    // Unset: 90 days in production; off in the demo, whose shared logins must still work for a
    // visitor who opens a demo that stood unused for months.
    DORMANT_DAYS: env.DORMANT_DAYS ?? (env.APP_MODE === 'demo' ? 0 : 90),
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
