import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { fullDateTime } from '../../ui/relativeTime';
import { exportVersion } from './exportVersion';
import { RestoreVersionDialog } from './RestoreVersionDialog';
import { useLoadedVersion } from './useLoadedVersion';
import { VersionContent } from './VersionContent';
import { withQuery } from '../../ui/links';

/** A version, read only: what the prototype was at that moment, with its notes. */
export function VersionView({ id }: { id: string }) {
  const { t, i18n } = useTranslation('workshops');
  const loaded = useLoadedVersion(id);
  const [restoring, setRestoring] = useState(false);
  const back = (
    <p>
      <Link href="/workshops">← {t('versions.back')}</Link>
    </p>
  );
  if (loaded.state !== 'ready') {
    return (
      <section className="page version-view">
        {back}
        <h1>{t('versions.title')}</h1>
        <p role="status">
          {loaded.state === 'loading' ? t('diff.loading') : t('versions.notFound')}
        </p>
      </section>
    );
  }
  const { version } = loaded;
  return (
    <section className="page version-view">
      {back}
      <h1>{t('versions.viewTitle', { number: version.number, name: version.name })}</h1>
      <p className="banner">
        {t('versions.readOnly', { date: fullDateTime(version.createdAt, i18n.language) })}
      </p>
      <div className="button-row version-view__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setRestoring(true)}
        >
          {t('versions.restoreLabel', { number: version.number })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void exportVersion(version.id)}
        >
          {t('versions.exportLabel', { number: version.number })}
        </button>
        <Link
          href={withQuery('/workshops', { compare: version.id, with: 'current' })}
          className="button button--secondary"
        >
          {t('versions.compareWithCurrent')}
        </Link>
      </div>
      {(version.notes || version.decisions.length > 0) && (
        <section aria-labelledby="version-notes">
          <h2 id="version-notes">{t('versions.notes')}</h2>
          {version.notes && <p className="version-view__notes">{version.notes}</p>}
          {version.decisions.length > 0 && (
            <>
              <h3>{t('versions.decisions')}</h3>
              <ol>
                {version.decisions.map((decision, index) => (
                  <li key={index}>{decision}</li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
      <VersionContent content={version.content} />
      <RestoreVersionDialog
        version={restoring ? version : undefined}
        onClose={() => setRestoring(false)}
      />
    </section>
  );
}
