import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { SignoffDoubts } from '../../domain/review/doubts';
import type { KeyRecognition } from '../../domain/review/keyring';
import type { Signoff } from '../../domain/review/schema';
import { fullDateTime } from '../relativeTime';
import './i18n';
import './trustI18n';
import './signoffs.css';

interface DoubtsAlertProps {
  doubts: SignoffDoubts;
  /** The sign-offs the doubts are about (the file's, or the round's), in order. */
  signoffs: readonly Signoff[];
  /** Lets a checkbox elsewhere point at this alert. */
  id?: string;
}

const closing = (signoff: Signoff) =>
  signoff.decision === 'changes-requested' || signoff.decision === 'rejected';

/**
 * Says what this browser knows that the file does not: sign-offs seen here for the same
 * content and now missing (named one by one), and sign-offs signed with another key than
 * the one known for their signer.
 */
export function DoubtsAlert({ doubts, signoffs, id }: DoubtsAlertProps) {
  const { t, i18n } = useTranslation('trust');
  const titleId = useId();
  const keyProblem = (recognition: KeyRecognition, index: number) => {
    const signoff = signoffs[index]!;
    const problem =
      recognition.kind === 'different'
        ? t('doubts.different', {
            fingerprint: recognition.known.map((key) => key.fingerprint).join(', '),
          })
        : recognition.kind === 'other-name'
          ? t('doubts.other-name', { names: recognition.names.join(', ') })
          : undefined;
    return (
      problem && (
        <li key={index}>
          {t('doubts.keyItem', {
            number: index + 1,
            role: t(`signoffs:role.${signoff.role}`),
            name: signoff.name,
            problem,
          })}
        </li>
      )
    );
  };
  const keyItems = doubts.keys.map(keyProblem).filter(Boolean);
  return (
    <div className="banner banner--error" role="alert" id={id} aria-labelledby={titleId}>
      <h2 className="banner__title" id={titleId}>
        {t('doubts.title')}
      </h2>
      {doubts.missing.length > 0 && (
        <>
          <p>{t('doubts.missingIntro')}</p>
          <ul className="doubts-alert__list">
            {doubts.missing.map((signoff) => (
              <li key={signoff.signature}>
                {t('doubts.missingItem', {
                  decision: t(`signoffs:decision.${signoff.decision}`),
                  name: signoff.name,
                  role: t(`signoffs:role.${signoff.role}`),
                  date: fullDateTime(signoff.at, i18n.language),
                })}
                {signoff.comment && (
                  <> — {t('doubts.missingComment', { comment: signoff.comment })}</>
                )}
              </li>
            ))}
          </ul>
          {doubts.missing.some(closing) && (
            <p>
              <strong>{t('doubts.closingDropped')}</strong>
            </p>
          )}
        </>
      )}
      {keyItems.length > 0 && (
        <>
          <p>{t('doubts.keysIntro')}</p>
          <ul className="doubts-alert__list">{keyItems}</ul>
        </>
      )}
    </div>
  );
}
