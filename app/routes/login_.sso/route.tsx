import type { LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { ssoName, startSso } from '#app/models/sso.server';
import { logger } from '#app/utils/logger.server';
import { safeRedirect } from '#app/utils/safe-redirect';

/**
 * The login page's "Inloggen met …" link starts a single sign-on: to the provider, with the flow's
 * cookie. A link, not a form: the page's CSP (`form-action 'self'`) would stop a form's redirect to
 * the provider, and starting a sign-in changes nothing in the app (no session until the return).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!ssoName()) throw redirect('/login');
  // checked now: the address to return to travels in the signed cookie
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get('redirectTo'), '');
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
