import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { ssoName, startSso } from '#app/models/sso.server';
import { readFormData } from '#app/utils/form-data.server';
import { logger } from '#app/utils/logger.server';
import { safeRedirect } from '#app/utils/safe-redirect';

/** Only the login page's button (a post) starts a single sign-on; an address typed here goes back. */
export function loader() {
  return redirect('/login');
}

export async function action({ request }: ActionFunctionArgs) {
  if (!ssoName()) throw redirect('/login');
  const form = await readFormData(request);
  // checked now: the address to return to travels in the signed cookie
  const redirectTo = safeRedirect(String(form.get('redirectTo') ?? ''), '');
  try {
    const { location, setCookie } = await startSso(redirectTo);
    return redirect(location, { headers: { 'Set-Cookie': setCookie } });
  } catch (error) {
    logger().error(
      { err: error instanceof Error ? { name: error.name, message: error.message } : String(error) },
      'single sign-on: the provider could not be reached',
    );
    return redirect('/login?sso=unavailable');
  }
}
