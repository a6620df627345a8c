import { common } from '~/i18n/common';
import { useT } from '~/i18n/use-t';

/** A page a later piece of work fills: says so plainly and shows no figures. */
export function ComingSoon({ title }: { title: string }) {
  const t = useT(common);
  return (
    <>
      <h1>{title}</h1>
      <div className="notice">
        <h2>{t('comingTitle')}</h2>
        <p>{t('comingText')}</p>
      </div>
    </>
  );
}
