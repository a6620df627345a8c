import type { LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { getOptionalUser, startPageFor } from '#app/utils/auth.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  return redirect(user ? startPageFor(user) : '/login');
}
