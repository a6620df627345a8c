import type { LoaderFunctionArgs } from '@remix-run/node';
import { ComingSoon } from '~/components/coming-soon';
import { common } from '~/i18n/common';
import { useT } from '~/i18n/use-t';
import { requirePageUser } from '~/utils/permissions.server';

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePageUser(request, 'targets');
  return null;
}

export default function Page() {
  const t = useT(common);
  return <ComingSoon title={t('navTargets')} />;
}
