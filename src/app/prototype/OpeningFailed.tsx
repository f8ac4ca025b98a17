import { useEffect } from 'react';
import { Link } from 'wouter';
import type { StorageErrorKind } from '../../storage/errors';
import { retryOpening } from '../../state/session';
import { useTranslation } from '../../ui/i18n/useTranslation';

/**
 * Why the prototype could not be opened. Unlike a failed save, nothing was being edited:
 * the words say so, and a failure that may pass (a download, the browser's storage) can
 * be tried again; a download is, by itself, once the network is back.
 */
export function OpeningFailed({ errorKind = 'unknown' }: { errorKind?: StorageErrorKind }) {
  const { t } = useTranslation();
  const unreadable = errorKind === 'unreadable';
  useEffect(() => {
    if (errorKind !== 'notDownloaded') return;
    const onBackOnline = () => void retryOpening();
    window.addEventListener('online', onBackOnline);
    return () => window.removeEventListener('online', onBackOnline);
  }, [errorKind]);
  return (
    <div className="page">
      <div className="banner banner--error" role="alert">
        <h1 className="banner__title">{t('errors.loadFailedTitle')}</h1>
        <p>
          {t('errors.loadFailed')}{' '}
          {unreadable ? t('storage.unreadable') : t(`errors.openingFailed.${errorKind}`)}
        </p>
        <div className="button-row">
          {!unreadable && (
            <button type="button" className="button" onClick={() => void retryOpening()}>
              {t('errors.retryOpening')}
            </button>
          )}
          <Link href="~/">{t('errors.backToCatalogue')}</Link>
        </div>
      </div>
    </div>
  );
}
