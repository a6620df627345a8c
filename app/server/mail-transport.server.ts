import nodemailer from 'nodemailer';
import type { Env } from '#app/utils/env.server';
import type { MailTransport } from './mail-worker.server';

/** The SMTP transport from the validated environment; null without SMTP_HOST (demo: outbox only). */
export function createMailTransport(
  env: Pick<Env, 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD'>,
): MailTransport | null {
  if (!env.SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE === 'true',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
    // A mail server that does not answer must not hold a sending round for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}
