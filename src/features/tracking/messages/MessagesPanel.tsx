import { useTranslation } from 'react-i18next';
import { builtinNames } from '../../../domain/tracking/placeholders';
import { useEditorStore } from '../../../state/editorStore';
import { useTrackingView } from '../viewStore';
import { MessageEditor } from './MessageEditor';
import { MessageList } from './MessageList';
import { usePlaceholderFields } from './usePlaceholderFields';

/** The messages tab: messages by status on one side, the open message on the other. */
export function MessagesPanel() {
  const { t } = useTranslation('tracking');
  const { language } = usePlaceholderFields();
  const messageId = useTrackingView((view) => view.messageId);
  const exists = useEditorStore(
    (state) => !!state.prototype?.tracking.messages.some((message) => message.id === messageId),
  );
  return (
    <div className="tracking__split">
      <div>
        <h2>{t('messages.heading')}</h2>
        <p className="field__help">
          {t('messages.help', { example: `{{${builtinNames.trackingCode[language]}}}` })}
        </p>
        <MessageList />
      </div>
      {messageId && exists && <MessageEditor key={messageId} messageId={messageId} />}
    </div>
  );
}
