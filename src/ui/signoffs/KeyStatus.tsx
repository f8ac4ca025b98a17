import { useTranslation } from '../i18n/useTranslation';
import type { KeyRecognition } from '../../domain/review/keyring';
import { isKeyWarning } from '../../domain/review/keyring';
import { fullDateTime } from '../relativeTime';
import './trustI18n';

interface KeyStatusProps {
  recognition: KeyRecognition;
  /** The signer's name, as the sign-off says it. */
  name: string;
  /** Offered when the person here can say the key is the signer's. */
  onConfirm?: () => void;
}

/** Whether a sign-off's key is the one known for its signer, said in a sentence. */
export function KeyStatus({ recognition, name, onConfirm }: KeyStatusProps) {
  const { t, i18n } = useTranslation('trust');
  const date = (iso: string) => fullDateTime(iso, i18n.language);
  const sentence = (() => {
    switch (recognition.kind) {
      case 'known': {
        const { key } = recognition;
        if (key.source === 'organisation') {
          return t('key.organisation', { organisation: key.organisation ?? '' });
        }
        const known = t(key.source === 'confirmed' ? 'key.confirmed' : 'key.firstUse', {
          date: date(key.firstSeenAt),
          name,
        });
        return recognition.outsideList ? `${known} ${t('key.outsideList', { name })}` : known;
      }
      case 'new':
        return recognition.outsideList
          ? `${t('key.new', { name })} ${t('key.outsideList', { name })}`
          : t('key.new', { name });
      case 'different':
        return t('key.different', {
          name,
          known: recognition.known.map((key) => key.fingerprint).join(', '),
        });
      case 'other-name':
        return t('key.other-name', { name, names: recognition.names.join(', ') });
      default: {
        const unexpected: never = recognition;
        return unexpected;
      }
    }
  })();
  const warning = isKeyWarning(recognition);
  const settled = recognition.kind === 'known';
  return (
    <div className={`signoff__key signoff__key--${recognition.kind}`}>
      <p>
        {warning && <span aria-hidden="true">⚠ </span>}
        {settled && recognition.key.source !== 'first-use' && <span aria-hidden="true">✓ </span>}
        {sentence}
      </p>
      {onConfirm && !settled && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onConfirm}
        >
          {t('key.confirm', { name })}
        </button>
      )}
    </div>
  );
}
