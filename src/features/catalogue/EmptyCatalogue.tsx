import { useTranslation } from 'react-i18next';

/** What Fabrik is for and how to start, when there is nothing yet. */
export function EmptyCatalogue() {
  const { t } = useTranslation('catalogue');
  return (
    <section className="empty-catalogue" aria-labelledby="empty-catalogue-title">
      <h2 id="empty-catalogue-title">{t('empty.title')}</h2>
      <p>{t('empty.what')}</p>
      <p>{t('empty.how')}</p>
      <p>{t('empty.import')}</p>
    </section>
  );
}
