import { Link, useLocation } from 'wouter';
import { useTranslation } from '../ui/i18n/useTranslation';
import { setLanguage } from '../ui/i18n/i18n';
import { SERVICE_CATALOGUE_PATH } from '../ui/links';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'fr' : 'en';
  const [location] = useLocation();
  const inServices =
    location === SERVICE_CATALOGUE_PATH || location.startsWith(`${SERVICE_CATALOGUE_PATH}/`);
  return (
    <header className="app-header">
      <Link href="/" className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true">
          F
        </span>
        <span>
          <span className="app-header__name">{t('app.name')}</span>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </span>
      </Link>
      <nav aria-label={t('app.areas.label')} className="app-header__areas">
        <Link href="/" aria-current={location === '/' ? 'page' : undefined}>
          {t('app.areas.prototypes')}
        </Link>
        <Link href={SERVICE_CATALOGUE_PATH} aria-current={inServices ? 'page' : undefined}>
          {t('app.areas.services')}
        </Link>
      </nav>
      <button
        type="button"
        className="button button--ghost"
        lang={other}
        aria-label={t('app.switchLanguageLabel')}
        onClick={() => setLanguage(other)}
      >
        {t('app.switchLanguage')}
      </button>
    </header>
  );
}
