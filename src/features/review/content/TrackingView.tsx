import { useTranslation } from '../../../ui/i18n/useTranslation';
import { placeholderFields } from '../../../domain/tracking/formFields';
import {
  builtinNames,
  resolveField,
  storedRef,
  tokenize,
  type PlaceholderField,
} from '../../../domain/tracking/placeholders';
import type { Form } from '../../../domain/form/schema';
import type { Tracking } from '../../../domain/tracking/schema';
import { CommentTarget } from './comments';

/** A stored message with its placeholders named, e.g. "Bonjour [Nom], votre demande…". */
function templateText(stored: string, fields: readonly PlaceholderField[], language: string) {
  const lang = language === 'en' ? 'en' : 'fr';
  return tokenize(stored)
    .map((token) => {
      if (token.kind !== 'placeholder') return token.text;
      const ref = storedRef(token.inner);
      if (ref.kind === 'builtin') return `[${builtinNames[ref.name][lang]}]`;
      const field = resolveField(ref, fields);
      return `[${field ? field.label || field.key : token.inner}]`;
    })
    .join('');
}

/** What the requester sees: the code, the statuses, the messages and the commitments. */
export function TrackingView({ tracking, form }: { tracking: Tracking; form: Form }) {
  const { t, i18n } = useTranslation('review');
  const fields = placeholderFields({ form });
  const { code, statuses, messages, commitment } = tracking;
  const label = (statusId: string) =>
    statuses.find((status) => status.id === statusId)?.label || statusId;
  return (
    <>
      <p>{t('tracking.code', { length: code.length, alphabet: code.alphabet })}</p>
      <h3>{t('tracking.statuses')}</h3>
      <table className="review-table">
        <caption className="visually-hidden">{t('tracking.statuses')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tracking.status')}</th>
            <th scope="col">{t('tracking.seen')}</th>
            <th scope="col">{t('tracking.timeLimit')}</th>
            <th scope="col">{t('tracking.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => (
            <tr key={status.id}>
              <th scope="row">
                <span
                  className="review-swatch"
                  style={{ background: status.color }}
                  aria-hidden="true"
                />
                {status.label || t('tracking.unnamed')}
                {status.final && <span className="review-tag">{t('tracking.final')}</span>}
                <CommentTarget
                  step="tracking"
                  target={{ kind: 'status', id: status.id }}
                  label={status.label || t('tracking.unnamed')}
                />
              </th>
              <td>{status.visibleToRequester ? t('tracking.visible') : t('tracking.internal')}</td>
              <td>
                {status.timeLimitDays === null
                  ? '—'
                  : t('tracking.workingDays', { count: status.timeLimitDays })}
                {status.waitsForRequester && <p className="review-note">{t('tracking.waits')}</p>}
              </td>
              <td className="review-text">{status.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('tracking.messages')}</h3>
      {messages.length === 0 ? (
        <p>{t('tracking.noMessages')}</p>
      ) : (
        <ul className="review-messages">
          {messages.map((message) => (
            <li key={message.id} className="review-message">
              <p className="review-message__head">
                {t('tracking.messageHead', {
                  status: label(message.statusId),
                  channel: t(`tracking.channels.${message.channel}`),
                })}
              </p>
              {message.subject && (
                <p>
                  <strong>{templateText(message.subject, fields, i18n.language)}</strong>
                </p>
              )}
              <p className="review-text">{templateText(message.body, fields, i18n.language)}</p>
              {message.reasons.length > 0 && (
                <p>{t('tracking.reasons', { reasons: message.reasons.join(' ; ') })}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('tracking.commitments')}</h3>
      <ul>
        <li>
          {commitment.days === null
            ? t('tracking.noDays')
            : t(`tracking.kind.${commitment.kind}`, { count: commitment.days })}
        </li>
        <li>
          {commitment.silence === 'none'
            ? t('tracking.silence.none')
            : commitment.silenceAfterDays === null
              ? t(`tracking.silence.${commitment.silence}NoPeriod`)
              : t(`tracking.silence.${commitment.silence}`, {
                  count: commitment.silenceAfterDays,
                })}
        </li>
        <li>{t(`tracking.documents.${commitment.documentsRequest}`)}</li>
      </ul>
    </>
  );
}
