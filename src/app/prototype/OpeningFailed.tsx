import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { StorageErrorKind } from '../../storage/errors';
import { retryOpening } from '../../state/session';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { focusQuietly } from '../../ui/inputModality';

/**
 * Why the prototype could not be opened, in words about opening (a failed save has its
 * own). A failure that may pass (a download, the browser's storage) can be tried again; a
 * download is, by itself, when the browser tells the network is back.
 */
export function OpeningFailed({ errorKind = 'unknown' }: { errorKind?: StorageErrorKind }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const unreadable = errorKind === 'unreadable';
  useEffect(() => {
    if (errorKind !== 'notDownloaded') return;
    const onBackOnline = () => void retryOpening();
    window.addEventListener('online', onBackOnline);
    return () => window.removeEventListener('online', onBackOnline);
  }, [errorKind]);
  // A retry replaces this page while it runs: when it fails again, focus, left on the
  // page's body, comes back here.
  useEffect(() => {
    const active = document.activeElement;
    if (heading.current && (!active || active === document.body)) focusQuietly(heading.current);
  }, []);
  return (
    <div className="page">
      <div className="banner banner--error" role="alert">
        <h1 className="banner__title" ref={heading} tabIndex={-1}>
          {t('errors.loadFailedTitle')}
        </h1>
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
