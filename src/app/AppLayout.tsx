import type { ReactNode } from 'react';
import { useTranslation } from '../ui/i18n/useTranslation';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { Notifications } from './Notifications';

/** Header, the page, and the notifications: the frame around every screen. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </main>
      <Notifications />
    </>
  );
}
