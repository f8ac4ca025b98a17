import { useTranslation } from '../i18n/useTranslation';
import type { KeyRecognition } from '../../domain/review/keyring';
import type { SignoffStatus } from '../../domain/review/verify';
import { fullDateTime } from '../relativeTime';
import { KeyStatus } from './KeyStatus';
import './i18n';
import './signoffs.css';

interface SignoffListProps {
  statuses: readonly SignoffStatus[];
  /** How each sign-off's key is recognised here, in the same order (left out while read). */
  keys?: readonly KeyRecognition[];
  /** Offered for a key not yet settled here: the person says it is the signer's. */
  onConfirmKey?: (index: number) => void;
}

/**
 * The sign-offs of a file, in order, each with its key's fingerprint, whether it holds, and
 * whether its key is the one this browser knows for its signer.
 */
export function SignoffList({ statuses, keys, onConfirmKey }: SignoffListProps) {
  const { t, i18n } = useTranslation('signoffs');
  if (statuses.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <ol className="signoff-list" aria-label={t('list.label')}>
      {statuses.map(({ signoff, fingerprint, valid }, index) => (
        <li key={`${index}-${signoff.signature}`} className="signoff">
          <h3 className="signoff__title">
            {t('list.item', { number: index + 1, role: t(`roleTitle.${signoff.role}`) })}
          </h3>
          <p>
            <strong>
              {t('list.by', { decision: t(`decision.${signoff.decision}`), name: signoff.name })}
            </strong>{' '}
            <time dateTime={signoff.at}>
              {t('list.at', { date: fullDateTime(signoff.at, i18n.language) })}
            </time>
          </p>
          {signoff.comment && (
            <p className="signoff__comment">
              {t('list.comment')} : {signoff.comment}
            </p>
          )}
          <p>
            {t('list.fingerprint')} : <code className="signoff__fingerprint">{fingerprint}</code>
          </p>
          <p
            className={
              valid
                ? 'signoff__state signoff__state--valid'
                : 'signoff__state signoff__state--invalid'
            }
          >
            <span aria-hidden="true">{valid ? '✓ ' : '✗ '}</span>
            {t(valid ? 'list.valid' : 'list.invalid')}
          </p>
          {keys?.[index] && (
            <KeyStatus
              recognition={keys[index]}
              name={signoff.name}
              onConfirm={onConfirmKey && (() => onConfirmKey(index))}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
