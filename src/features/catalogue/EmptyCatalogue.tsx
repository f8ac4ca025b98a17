import { useTranslation } from '../../ui/i18n/useTranslation';
import { EMPTY_CATALOGUE_TITLE_ID } from './useListFocus';

/** What Fabrik is for and how to start, when there is nothing yet. */
export function EmptyCatalogue() {
  const { t } = useTranslation('catalogue');
  return (
    <section className="empty-catalogue" aria-labelledby={EMPTY_CATALOGUE_TITLE_ID}>
      {/* Focusable by script: the focus lands here when the last prototype is deleted. */}
      <h2 id={EMPTY_CATALOGUE_TITLE_ID} tabIndex={-1}>
        {t('empty.title')}
      </h2>
      <p>{t('empty.what')}</p>
      <p>{t('empty.how')}</p>
      <p>{t('empty.import')}</p>
    </section>
  );
}
