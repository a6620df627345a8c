import { createCookie } from '@remix-run/node';
import { DEFAULT_LANG, isLang, type Lang } from '#app/domain/lang';

export const langCookie = createCookie('lang', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function getLang(request: Request): Promise<Lang> {
  return (await readLangChoice(request)) ?? DEFAULT_LANG;
}

/** The language this browser chose with the switch, or null when it never chose one. */
export async function readLangChoice(request: Request): Promise<Lang | null> {
  const value: unknown = await langCookie.parse(request.headers.get('Cookie'));
  return isLang(value) ? value : null;
}
