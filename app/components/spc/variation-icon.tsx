import { VARIATION_STYLE } from '#app/components/charts/variation-style';
import { spcText } from '#app/i18n/spc';
import { useT } from '#app/i18n/use-t';

export type Variation = 'common' | 'improving' | 'concerning' | 'neither';

/**
 * Making Data Count's variation icon: a disc with H or L (special cause high or low) or a level
 * line (common cause), coloured by improving / concerning, always with its words beside it.
 */
export function VariationIcon({
  variation,
  side,
}: {
  variation: Variation | null;
  side: 'high' | 'low' | null;
}) {
  const t = useT(spcText);
  if (variation === null) return <span className="variation variation-none">{t('variationNone')}</span>;
  const s = VARIATION_STYLE[variation];
  const words =
    variation === 'common'
      ? t('variationCommon')
      : `${t(variation === 'improving' ? 'variationImproving' : variation === 'concerning' ? 'variationConcerning' : 'variationNeither')} (${t(side === 'low' ? 'variationLow' : 'variationHigh')})`;
  return (
    <span className={`variation variation-${variation}`}>
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="9" fill={s.colour} />
        {variation === 'common' ? (
          <path d="M4 10 Q7 6 10 10 T16 10" stroke="#fff" strokeWidth="2" fill="none" />
        ) : (
          <text x="10" y="14.5" textAnchor="middle" fontSize="12" fontWeight="700" fill="#fff">
            {side === 'low' ? 'L' : 'H'}
          </text>
        )}
      </svg>{' '}
      <span>{words}</span>
    </span>
  );
}
