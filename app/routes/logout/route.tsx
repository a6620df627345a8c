import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { recordAudit } from '#app/models/audit.server';
import { getOptionalUser } from '#app/utils/auth.server';
import { destroySession } from '#app/utils/session.server';

export async function loader() {
  return redirect('/');
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await getOptionalUser(request);
  const cookie = await destroySession(request);
  if (user) recordAudit({ userId: user.id, action: 'logout', entityType: 'session' });
  return redirect('/login', { headers: { 'Set-Cookie': cookie } });
}
