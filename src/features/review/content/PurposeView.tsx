import { useTranslation } from '../../../ui/i18n/useTranslation';
import { purposeItems } from '../../../domain/purpose/items';
import type { Purpose } from '../../../domain/purpose/schema';

/** The purpose, item by item, as written. */
export function PurposeView({ purpose }: { purpose: Purpose }) {
  const { t } = useTranslation('review');
  return (
    <dl className="review-list">
      {purposeItems.map((item) => (
        <div key={item} className="review-list__row">
          <dt>{t(`purpose.${item}`)}</dt>
          <dd className="review-text">{purpose[item].trim() || <Missing />}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Missing() {
  const { t } = useTranslation('review');
  return <span className="review-missing">{t('content.missing')}</span>;
}
