import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderTemplate, renderedText } from '../../../domain/tracking/render';
import type { Message } from '../../../domain/tracking/schema';
import { smsLength } from '../../../domain/tracking/sms';
import { useSampleValues } from '../useSampleValues';
import { RenderedText } from './RenderedText';

/** The message as the requester would receive it, filled with sample answers. */
export function MessagePreview({ message }: { message: Message }) {
  const { t } = useTranslation('tracking');
  const id = useId();
  const { values } = useSampleValues();
  const [reasonIndex, setReasonIndex] = useState(0);
  const reason = message.reasons[reasonIndex] ?? message.reasons[0] ?? '';
  const filled = { ...values, builtins: { ...values.builtins, reason } };
  const body = renderTemplate(message.body, filled);
  const isSms = message.channel === 'sms';
  const sms = isSms ? smsLength(renderedText(body)) : undefined;
  return (
    <section className="message-preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('messages.preview.heading')}</h3>
      <p className="field__help">{t('messages.preview.samples')}</p>
      {message.reasons.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-reason`} className="field__label">
            {t('messages.preview.reason')}
          </label>
          <select
            id={`${id}-reason`}
            value={Math.min(reasonIndex, message.reasons.length - 1)}
            onChange={(event) => setReasonIndex(Number(event.target.value))}
          >
            {message.reasons.map((text, index) => (
              <option key={index} value={index}>
                {text}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={`message-preview__frame message-preview__frame--${message.channel}`}>
        <p className="message-preview__channel">{t(`messages.channels.${message.channel}`)}</p>
        {!isSms && (
          <p className="message-preview__subject">
            {t('messages.preview.subject')}
            <RenderedText pieces={renderTemplate(message.subject, filled)} />
          </p>
        )}
        <p className="message-preview__body">
          <RenderedText pieces={body} />
        </p>
      </div>
      {sms && (
        <p className="message-preview__sms">
          {sms.encoding === 'gsm7'
            ? t('messages.preview.smsGsm', { ...sms })
            : t('messages.preview.smsUcs', {
                ...sms,
                characters: sms.nonGsmCharacters.slice(0, 8).join(' '),
              })}
        </p>
      )}
    </section>
  );
}
