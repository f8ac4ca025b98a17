import { Link } from 'wouter';
import { useTranslation } from '../ui/i18n/useTranslation';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      <Link href="/">{t('errors.backToCatalogue')}</Link>
    </div>
  );
}
