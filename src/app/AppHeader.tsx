import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../ui/i18n/i18n';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'fr' : 'en';
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
