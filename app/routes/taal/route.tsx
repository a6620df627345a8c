import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { langCookie } from '#app/utils/lang.server';
import { safeRedirect } from '#app/utils/safe-redirect';
import { readFormData } from '#app/utils/form-data.server';
import { DEFAULT_LANG, isLang } from '#app/domain/lang';
import { setUserLang } from '#app/models/users.server';
import { getOptionalUser } from '#app/utils/auth.server';

/** Anyone, signed in or not, may choose the interface language; a signed-in user's e-mails follow it. */
export async function loader() {
  return redirect('/');
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  const value = form.get('lang');
  const lang = isLang(value) ? value : DEFAULT_LANG;
  const back = form.get('redirectTo');
  // A signed-in user's choice is also the language of their e-mails.
  const user = await getOptionalUser(request);
  if (user && user.lang !== lang) setUserLang(user.id, lang);
  return redirect(safeRedirect(typeof back === 'string' ? back : null, '/'), {
    headers: { 'Set-Cookie': await langCookie.serialize(lang) },
  });
}
