import { useTranslation } from '../../ui/i18n/useTranslation';
import { toTypedTemplate } from '../../domain/tracking/placeholders';
import { checkMessage } from '../../domain/tracking/templateChecks';
import { useEditorStore } from '../../state/editorStore';
import { usePlaceholderFields } from './messages/usePlaceholderFields';
import { openMessage, openTab } from './viewStore';

/**
 * What a field deleted from the form has left behind here: messages that still show it,
 * and a code confirmation that asks for it. Shown above every tab, since the team
 * arrives from the form step.
 */
export function FieldWarnings() {
  const { t } = useTranslation('tracking');
  const { fields, language } = usePlaceholderFields();
  const tracking = useEditorStore((state) => state.prototype?.tracking);
  if (!tracking) return null;
  const items = tracking.messages.flatMap((message) =>
    checkMessage(message, fields).flatMap((problem) => {
      if (problem.kind !== 'deletedField') return [];
      const status = tracking.statuses.find((s) => s.id === message.statusId)?.label ?? '';
      const subject = toTypedTemplate(message.subject, fields, language).trim();
      return [
        {
          messageId: message.id,
          text: t('fieldWarnings.item', {
            message: message.channel === 'sms' || !subject ? t('messages.noSubject') : subject,
            status,
            placeholder: toTypedTemplate(
              `{{field:${problem.fieldId}|${problem.name}}}`,
              fields,
              language,
            ),
          }),
        },
      ];
    }),
  );
  const { confirmFieldId } = tracking.code;
  const confirmMissing = confirmFieldId !== null && !fields.some((f) => f.id === confirmFieldId);
  if (items.length === 0 && !confirmMissing) return null;
  return (
    <div className="banner banner--warning" role="region" aria-labelledby="field-warnings-title">
      <h2 id="field-warnings-title" className="banner__title">
        {t('fieldWarnings.title')}
      </h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            {item.text}{' '}
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => openMessage(item.messageId)}
            >
              {t('fieldWarnings.open')}
            </button>
          </li>
        ))}
        {confirmMissing && (
          <li>
            {t('fieldWarnings.confirmField')}{' '}
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => openTab('code')}
            >
              {t('fieldWarnings.openCode')}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
