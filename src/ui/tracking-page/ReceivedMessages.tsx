import { useTranslation } from '../i18n/useTranslation';
import { renderTemplate, renderedText, type RenderValues } from '../../domain/tracking/render';
import type { Message } from '../../domain/tracking/schema';
import { RenderedText } from './RenderedText';
import './i18n';

const SUMMARY_LENGTH = 60;

/** The messages received so far, newest first, each opening on its text. */
export function ReceivedMessages({
  labelledBy,
  messages,
  values,
  dateAt,
}: {
  labelledBy: string;
  messages: { message: Message; dayOffset: number }[];
  values: RenderValues;
  dateAt: (offset: number) => string;
}) {
  const { t } = useTranslation('trackingPage');
  if (messages.length === 0) return <p>{t('noMessages')}</p>;
  return (
    <ul className="preview-messages" aria-labelledby={labelledBy}>
      {[...messages].reverse().map(({ message, dayOffset }, index) => {
        const filled = {
          ...values,
          builtins: { ...values.builtins, reason: message.reasons[0] ?? '' },
        };
        const body = renderTemplate(message.body, filled);
        const title =
          message.channel === 'sms'
            ? renderedText(body).slice(0, SUMMARY_LENGTH)
            : renderedText(renderTemplate(message.subject, filled));
        return (
          <li key={`${index}-${message.id}`}>
            <details>
              <summary>
                <span className="preview-messages__meta">
                  {dateAt(dayOffset)} · {t(`channels.${message.channel}`)}
                </span>{' '}
                {title}
              </summary>
              <p className="message-preview__body">
                <RenderedText pieces={body} />
              </p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
