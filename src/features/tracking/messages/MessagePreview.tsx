import { useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { renderTemplate, renderedText, smsPieces } from '../../../domain/tracking/render';
import type { Message } from '../../../domain/tracking/schema';
import { smsLength } from '../../../domain/tracking/sms';
import { useSampleValues } from '../useSampleValues';
import { RenderedText } from '../../../ui/tracking-page/RenderedText';

/** The message as the requester would receive it, filled with sample answers. */
export function MessagePreview({ message }: { message: Message }) {
  const { t } = useTranslation('tracking');
  const id = useId();
  const { values } = useSampleValues();
  const [reasonIndex, setReasonIndex] = useState(0);
  const reason = message.reasons[reasonIndex] ?? message.reasons[0] ?? '';
  const filled = { ...values, builtins: { ...values.builtins, reason } };
  const isSms = message.channel === 'sms';
  const rendered = renderTemplate(message.body, filled);
  const body = isSms ? smsPieces(rendered) : rendered;
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
        <p className="message-preview__channel">{t(`trackingPage:channels.${message.channel}`)}</p>
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
        <div className="message-preview__sms">
          <p>
            {t('messages.preview.smsCount', {
              count: sms.units,
              parts: sms.parts,
              perPart: sms.perPart,
            })}
          </p>
          {sms.encoding === 'ucs2' && (
            <>
              <p id={`${id}-culprits`}>
                {t('messages.preview.smsCulprits', {
                  count: sms.nonGsmCharacters.length,
                  perPart: sms.perPart,
                })}
              </p>
              <ul className="sms-culprits" aria-labelledby={`${id}-culprits`}>
                {sms.nonGsmCharacters.slice(0, 8).map((character) => (
                  <li key={character}>
                    <CulpritCharacter character={character} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="field__help">{t('messages.preview.smsSamples')}</p>
        </div>
      )}
    </section>
  );
}

/**
 * A character that forces UCS-2, shown so that it cannot be mistaken: in a chip of its
 * own, with its name when it looks like another (’ and ', « and ") and its code point
 * when it cannot be seen (a non-breaking space).
 */
function CulpritCharacter({ character }: { character: string }) {
  const { t, i18n } = useTranslation('tracking');
  const codePoint = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const nameKey = `messages.preview.characterNames.${codePoint}`;
  const name = i18n.exists(nameKey, { ns: 'tracking' }) ? t(nameKey) : undefined;
  const invisible = /^[\s\p{Cc}\p{Cf}\p{Z}]$/u.test(character);
  return (
    <>
      <code className="sms-culprits__character">{invisible ? `U+${codePoint}` : character}</code>
      {name && ` ${name}`}
    </>
  );
}
