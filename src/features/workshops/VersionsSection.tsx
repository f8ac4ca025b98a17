import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link, useLocation } from 'wouter';
import type { VersionSummary } from '../../domain/versions/schema';
import { fullDateTime } from '../../ui/relativeTime';
import { ComparePicker } from './ComparePicker';
import { RestoreVersionDialog } from './RestoreVersionDialog';
import { exportVersion } from './exportVersion';
import { TakeVersionDialog } from './TakeVersionDialog';
import type { VersionList } from './useVersionList';
import { withQuery } from '../../ui/links';

/** The versions, newest first: open, restore, export, compare; and take one by hand. */
export function VersionsSection({ list }: { list: VersionList }) {
  const { t, i18n } = useTranslation('workshops');
  const [restoring, setRestoring] = useState<VersionSummary>();
  const [taking, setTaking] = useState(false);
  const [, navigate] = useLocation();
  const versions = list.state === 'ready' ? [...list.versions].reverse() : [];

  return (
    <section className="workshops__section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      <p>{t('versions.intro')}</p>
      {list.state === 'error' && <p className="banner banner--error">{t('versions.loadFailed')}</p>}
      {list.state === 'ready' && versions.length === 0 && <p>{t('versions.empty')}</p>}
      {versions.length > 0 && (
        <table className="versions__table">
          <thead>
            <tr>
              <th scope="col">{t('versions.number')}</th>
              <th scope="col">{t('versions.name')}</th>
              <th scope="col">{t('versions.createdAt')}</th>
              <th scope="col">{t('versions.kind')}</th>
              <th scope="col">{t('versions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <td>{version.number}</td>
                <th scope="row">{version.name}</th>
                <td>{fullDateTime(version.createdAt, i18n.language)}</td>
                <td>{t(`versions.kinds.${version.kind}`)}</td>
                <td>
                  <div className="button-row">
                    <Link
                      href={withQuery('/workshops', { version: version.id })}
                      className="button button--secondary button--small"
                      aria-label={t('versions.open', { number: version.number })}
                    >
                      {t('versions.openShort')}
                    </Link>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('versions.restoreLabel', { number: version.number })}
                      onClick={() => setRestoring(version)}
                    >
                      {t('versions.restore')}
                    </button>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t('versions.exportLabel', { number: version.number })}
                      onClick={() => void exportVersion(version.id)}
                    >
                      {t('versions.export')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row versions__actions">
        <button type="button" className="button button--secondary" onClick={() => setTaking(true)}>
          {t('versions.take')}
        </button>
      </div>
      {versions.length > 0 && (
        <ComparePicker
          versions={list.state === 'ready' ? list.versions : []}
          onCompare={(from, to) => navigate(withQuery('/workshops', { compare: from, with: to }))}
        />
      )}
      <TakeVersionDialog open={taking} onClose={() => setTaking(false)} />
      <RestoreVersionDialog version={restoring} onClose={() => setRestoring(undefined)} />
    </section>
  );
}
