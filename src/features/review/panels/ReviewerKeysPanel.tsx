import { useEffect, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { sameKey } from '../../../domain/review/rounds';
import type { KnownKey } from '../../../domain/review/keyring';
import { fingerprintOf } from '../../../domain/review/keys';
import type { PublicJwk } from '../../../domain/review/schema';
import { useReviewerKeys } from '../../../state/reviewerKeys';
import { fullDateTime } from '../../../ui/relativeTime';
import '../../../ui/signoffs/trustI18n';
import { OrganisationKeysImport } from './OrganisationKeysImport';

function useFingerprint(key: PublicJwk | undefined): string | undefined {
  const [fingerprint, setFingerprint] = useState<{ of: PublicJwk; text: string }>();
  useEffect(() => {
    if (!key) return;
    let current = true;
    void fingerprintOf(key).then((text) => current && setFingerprint({ of: key, text }));
    return () => {
      current = false;
    };
  }, [key]);
  return key && fingerprint?.of === key ? fingerprint.text : undefined;
}

/**
 * The reviewers' keys this browser knows and where each came from, the import of the
 * organisation's list, and this browser's own key as an entry for that list.
 */
export function ReviewerKeysPanel({ myKey }: { myKey: PublicJwk | undefined }) {
  const { t, i18n } = useTranslation('trust');
  const keys = useReviewerKeys((state) => state.keys);
  const myFingerprint = useFingerprint(myKey);
  const sourceOf = (key: KnownKey) => {
    const date = fullDateTime(key.firstSeenAt, i18n.language);
    switch (key.source) {
      case 'organisation':
        return t('keys.sourceOrganisation', { organisation: key.organisation ?? '' });
      case 'first-use':
        return t('keys.sourceFirstUse', { date });
      case 'confirmed':
        return t('keys.sourceConfirmed', { date });
    }
  };
  const myName = myKey && keys.find((key) => sameKey(key.publicKey, myKey))?.name;
  return (
    <section className="review-panel" aria-labelledby="reviewer-keys-title">
      <h2 id="reviewer-keys-title">{t('keys.title')}</h2>
      <p>{t('keys.intro')}</p>
      {keys.length === 0 ? (
        <p>{t('keys.none')}</p>
      ) : (
        <table className="review-table">
          <caption>{t('keys.count', { count: keys.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.name')}</th>
              <th scope="col">{t('keys.fingerprint')}</th>
              <th scope="col">{t('keys.source')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={`${key.keyHash}-${key.nameKey}`}>
                <td>{key.name}</td>
                <td>
                  <code className="signoff__fingerprint">{key.fingerprint}</code>
                </td>
                <td>{sourceOf(key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OrganisationKeysImport />
      <h3>{t('keys.mine')}</h3>
      {myKey && myFingerprint ? (
        <>
          <p>{t('keys.mineFingerprint', { fingerprint: myFingerprint })}</p>
          <p>{t('keys.mineEntry')}</p>
          <pre className="reviewer-keys__entry">
            {JSON.stringify(
              { name: myName ?? t('keys.yourName'), publicKey: myKey, fingerprint: myFingerprint },
              null,
              2,
            )}
          </pre>
        </>
      ) : (
        <p>{t('keys.mineNone')}</p>
      )}
    </section>
  );
}
