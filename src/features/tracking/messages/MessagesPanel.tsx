import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { builtinNames } from '../../../domain/tracking/placeholders';
import { useEditorStore } from '../../../state/editorStore';
import { useTrackingView } from '../viewStore';
import { MessageEditor } from './MessageEditor';
import { MessageList } from './MessageList';
import { usePlaceholderFields } from './usePlaceholderFields';

/**
 * The messages tab: the messages by status, or the open message in their place (a
 * message needs the room: its text, the data to insert and its preview). Closing it
 * brings the focus back to it in the list.
 */
export function MessagesPanel() {
  const { t } = useTranslation('tracking');
  const { language } = usePlaceholderFields();
  const messageId = useTrackingView((view) => view.messageId);
  const exists = useEditorStore(
    (state) => !!state.prototype?.tracking.messages.some((message) => message.id === messageId),
  );
  const list = useRef<HTMLDivElement>(null);
  const lastOpen = useRef<string>(undefined);
  const open = messageId !== undefined && exists;

  useEffect(() => {
    if (open) {
      lastOpen.current = messageId;
      return;
    }
    const previous = lastOpen.current;
    lastOpen.current = undefined;
    if (previous) {
      list.current
        ?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(previous)}"]`)
        ?.focus();
    }
  }, [open, messageId]);

  if (open) return <MessageEditor key={messageId} messageId={messageId} />;
  return (
    <div ref={list}>
      <h2>{t('messages.heading')}</h2>
      <p className="field__help">
        {t('messages.help', { example: `{{${builtinNames.trackingCode[language]}}}` })}
      </p>
      <MessageList />
    </div>
  );
}
