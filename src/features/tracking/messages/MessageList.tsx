import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { newId } from '../../../domain/ids';
import { addMessage } from '../../../domain/tracking/commands/messages';
import { builtinNames, toTypedTemplate } from '../../../domain/tracking/placeholders';
import {
  checkMessage,
  expectedDateBasis,
  isBlocking,
} from '../../../domain/tracking/templateChecks';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { openMessage, useTrackingView } from '../viewStore';
import { usePlaceholderFields } from './usePlaceholderFields';

/** The messages, grouped by the status that sends them, each with its problems. */
export function MessageList() {
  const { t } = useTranslation('tracking');
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const messages = useEditorStore(useShallow((state) => state.prototype?.tracking.messages ?? []));
  const selectedId = useTrackingView((view) => view.messageId);
  const basis = useEditorStore((state) =>
    state.prototype ? expectedDateBasis(state.prototype.tracking.commitment) : undefined,
  );
  const { fields, language } = usePlaceholderFields();

  const add = (statusId: string) => {
    const id = newId();
    const added = execute(
      addMessage({
        id,
        statusId,
        channel: 'email',
        subject: t('messages.newSubject', { code: `{{${builtinNames.trackingCode[language]}}}` }),
        body: t('messages.newBody', { name: `{{${builtinNames.requesterName[language]}}}` }),
      }),
    );
    if (added) openMessage(id);
  };

  return (
    <div className="message-list">
      {statuses.map((status) => {
        const label = status.label.trim() || t('statuses.untitled');
        const own = messages.filter((message) => message.statusId === status.id);
        return (
          <section key={status.id} className="message-list__status">
            <h3 className="message-list__heading">
              <span
                className="status-swatch"
                style={{ background: status.color }}
                aria-hidden="true"
              />
              {t('messages.forStatus', { status: label })}
            </h3>
            {own.length === 0 ? (
              <p className="field__help">{t('messages.noMessage')}</p>
            ) : (
              <ul className="message-list__items">
                {own.map((message) => {
                  const subject = toTypedTemplate(message.subject, fields, language).trim();
                  const found = checkMessage(message, fields, basis);
                  const problems = found.filter(isBlocking).length;
                  const warnings = found.length - problems;
                  return (
                    <li key={message.id}>
                      <button
                        type="button"
                        className="message-list__select"
                        data-message-id={message.id}
                        aria-current={message.id === selectedId ? 'true' : undefined}
                        onClick={() => openMessage(message.id)}
                      >
                        <span className="mark">
                          {t(`trackingPage:channels.${message.channel}`)}
                        </span>{' '}
                        {message.channel === 'sms' || subject === ''
                          ? t('messages.noSubject')
                          : subject}
                        {problems > 0 && (
                          <span className="mark mark--error">
                            {t('messages.problemCount', { count: problems })}
                          </span>
                        )}
                        {warnings > 0 && (
                          <span className="mark mark--warning">
                            {t('messages.warningCount', { count: warnings })}
                          </span>
                        )}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => add(status.id)}
            >
              {t('messages.add')}
              <span className="visually-hidden">
                {' '}
                {t('messages.addForHidden', { status: label })}
              </span>
            </button>
          </section>
        );
      })}
    </div>
  );
}
