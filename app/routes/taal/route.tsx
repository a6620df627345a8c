import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { langCookie } from '~/utils/lang.server';
import { safeRedirect } from '../login/login-schema';
import { readFormData } from '~/utils/form-data.server';
import { DEFAULT_LANG, isLang } from '~/domain/lang';

/** Anyone, signed in or not, may choose the interface language. */
export async function loader() {
  return redirect('/');
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  const lang = form.get('lang');
  const back = form.get('redirectTo');
  return redirect(safeRedirect(typeof back === 'string' ? back : null, '/'), {
    headers: { 'Set-Cookie': await langCookie.serialize(isLang(lang) ? lang : DEFAULT_LANG) },
  });
}
