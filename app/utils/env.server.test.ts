import os from 'node:os';
import { describe, expect, test } from 'vitest';
import { EnvError, parseEnv } from './env.server';

describe('environment', () => {
  test('demo mode needs nothing and has the documented defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      APP_MODE: 'demo',
      DATABASE_PATH: 'data/proeftuinmonitor.db',
      PORT: 3000,
      WEB_CONCURRENCY: 1,
      isDemo: true,
    });
  });

  test('production mode without SESSION_SECRET refuses to start and says why', () => {
    expect(() => parseEnv({ APP_MODE: 'production' })).toThrow(EnvError);
    expect(() => parseEnv({ APP_MODE: 'production' })).toThrow(
      'SESSION_SECRET: SESSION_SECRET is required in production mode and must be at least 32 characters long',
    );
  });

  test('production mode refuses a secret shorter than 32 characters', () => {
    expect(() => parseEnv({ APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(31) })).toThrow(EnvError);
    expect(parseEnv({ APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(32) }).isDemo).toBe(false);
  });

  test('a wrong value names the variable', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow('PORT');
    expect(() => parseEnv({ APP_MODE: 'staging' })).toThrow('APP_MODE must be "demo" or "production"');
  });

  test('WEB_CONCURRENCY: a number of processes, or one per core with "auto"', () => {
    expect(parseEnv({ WEB_CONCURRENCY: '2' }).WEB_CONCURRENCY).toBe(2);
    expect(parseEnv({ WEB_CONCURRENCY: 'auto' }).WEB_CONCURRENCY).toBe(os.availableParallelism());
    for (const bad of ['0', '65', 'many', '1.5', '-1'])
      expect(() => parseEnv({ WEB_CONCURRENCY: bad })).toThrow(
        'WEB_CONCURRENCY: WEB_CONCURRENCY must be "auto" or a whole number from 1 to 64',
      );
  });

  test('mail: without SMTP_HOST messages stay in the outbox; with it MAIL_FROM is required and checked', () => {
    expect(parseEnv({})).toMatchObject({ SMTP_PORT: 587, SMTP_SECURE: 'false', REMINDER_DAYS_BEFORE: 3 });
    expect(parseEnv({}).SMTP_HOST).toBeUndefined();
    expect(() => parseEnv({ SMTP_HOST: 'mail.example.nl' })).toThrow(
      'MAIL_FROM: MAIL_FROM is required when SMTP_HOST is set',
    );
    expect(() => parseEnv({ SMTP_HOST: 'mail.example.nl', MAIL_FROM: 'geen-adres' })).toThrow(
      'MAIL_FROM: MAIL_FROM must be an e-mail address',
    );
    expect(() => parseEnv({ SMTP_HOST: 'h', MAIL_FROM: 'a@b.nl', SMTP_USER: 'u' })).toThrow(
      'SMTP_PASSWORD: SMTP_USER and SMTP_PASSWORD are set together or not at all',
    );
    expect(() => parseEnv({ SMTP_PORT: '70000' })).toThrow('SMTP_PORT must be between 1 and 65535');
    expect(() => parseEnv({ REMINDER_DAYS_BEFORE: '-1' })).toThrow(
      'REMINDER_DAYS_BEFORE must be between 0 and 28',
    );
    expect(() => parseEnv({ APP_URL: 'monitor' })).toThrow('APP_URL must be a full address');
    expect(
      parseEnv({
        SMTP_HOST: 'mail.example.nl',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
        MAIL_FROM: 'monitor@example.nl',
      }),
    ).toMatchObject({ SMTP_HOST: 'mail.example.nl', SMTP_PORT: 465, SMTP_SECURE: 'true' });
  });

  test('accounts: one-step demo logins unless TOTP_IN_DEMO; dormancy after 90 days in production, off in the demo, unless set (0 switches it off)', () => {
    // dormancy is off in the demo unless set, 90 days in production
    expect(parseEnv({})).toMatchObject({ TOTP_IN_DEMO: 'false', DORMANT_DAYS: 0 });
    expect(parseEnv({ APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(32) })).toMatchObject({
      DORMANT_DAYS: 90,
    });
    expect(parseEnv({ DORMANT_DAYS: '30' })).toMatchObject({ DORMANT_DAYS: 30 });
    expect(parseEnv({ TOTP_IN_DEMO: 'true', DORMANT_DAYS: '0' })).toMatchObject({
      TOTP_IN_DEMO: 'true',
      DORMANT_DAYS: 0,
    });
    expect(() => parseEnv({ TOTP_IN_DEMO: 'ja' })).toThrow('TOTP_IN_DEMO must be "true" or "false"');
    expect(() => parseEnv({ DORMANT_DAYS: '7' })).toThrow('DORMANT_DAYS must be 0 or from 14 to 3650');
    expect(() => parseEnv({ DORMANT_DAYS: 'lang' })).toThrow('DORMANT_DAYS must be a number');
  });
  test('single sign-on: off unless configured; all four together, with APP_URL; https in production', () => {
    expect(parseEnv({}).OIDC_ISSUER).toBeUndefined();
    const sso = {
      APP_URL: 'https://monitor.example.nl',
      OIDC_ISSUER: 'https://login.example.nl/realms/rijk',
      OIDC_CLIENT_ID: 'proeftuinmonitor',
      OIDC_CLIENT_SECRET: 'geheim',
      OIDC_NAME: 'Rijksportaal',
    };
    expect(parseEnv(sso)).toMatchObject({ OIDC_NAME: 'Rijksportaal', OIDC_CLIENT_ID: 'proeftuinmonitor' });
    expect(parseEnv(sso).OIDC_MFA_AMR).toBeUndefined();
    expect(() => parseEnv({ ...sso, OIDC_CLIENT_SECRET: undefined, OIDC_NAME: undefined })).toThrow(
      /- OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET is required when single sign-on is configured[^\n]*\n- OIDC_NAME: OIDC_NAME is required/,
    );
    expect(() => parseEnv({ ...sso, APP_URL: undefined })).toThrow(
      'APP_URL: APP_URL is required when OIDC_ISSUER is set',
    );
    expect(() => parseEnv({ ...sso, OIDC_ISSUER: 'login.example.nl' })).toThrow(
      'OIDC_ISSUER: OIDC_ISSUER must be a full address',
    );
    const production = { ...sso, APP_MODE: 'production', SESSION_SECRET: 'x'.repeat(32) };
    expect(parseEnv(production).isDemo).toBe(false);
    expect(() => parseEnv({ ...production, OIDC_ISSUER: 'http://login.example.nl' })).toThrow(
      'OIDC_ISSUER must be an https:// address in production mode',
    );
  });

  test('TOTP_ENCRYPTION_KEY: optional, at least 32 characters', () => {
    expect(parseEnv({}).TOTP_ENCRYPTION_KEY).toBeUndefined();
    expect(parseEnv({ TOTP_ENCRYPTION_KEY: 'k'.repeat(32) }).TOTP_ENCRYPTION_KEY).toBe('k'.repeat(32));
    expect(() => parseEnv({ TOTP_ENCRYPTION_KEY: 'kort' })).toThrow(
      'TOTP_ENCRYPTION_KEY: TOTP_ENCRYPTION_KEY must be at least 32 characters long when set',
    );
  });
});
