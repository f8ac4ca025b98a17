import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { deleteMessage, setMessageChannel } from '../../../domain/tracking/commands/messages';
import { messageChannels, type MessageChannel } from '../../../domain/tracking/schema';
import {
  checkMessage,
  expectedDateBasis,
  isBlocking,
} from '../../../domain/tracking/templateChecks';
import { execute, undoOfLastChange } from '../../../state/commands';
import { notify } from '../../../state/notifications';
import { useEditorStore } from '../../../state/editorStore';
import { useStaleWordings } from '../consistency/useStaleWordings';
import { WordingNotice } from '../consistency/WordingNotice';
import { openMessage } from '../viewStore';
import { MessagePreview } from './MessagePreview';
import { PlaceholderPicker } from './PlaceholderPicker';
import { ReasonsEditor } from './ReasonsEditor';
import { TemplateBox, type TemplateBoxHandle } from './TemplateBox';
import { TemplateAdvice, TemplateProblems } from './TemplateProblems';
import { usePlaceholderFields } from './usePlaceholderFields';

/** One message: channel, subject, body with placeholders, reasons, problems and preview. */
export function MessageEditor({ messageId }: { messageId: string }) {
  const { t } = useTranslation('tracking');
  const id = useId();
  const message = useEditorStore((state) =>
    state.prototype?.tracking.messages.find((candidate) => candidate.id === messageId),
  );
  const statusLabel = useEditorStore(
    (state) =>
      state.prototype?.tracking.statuses.find((status) => status.id === message?.statusId)?.label ??
      '',
  );
  const basis = useEditorStore((state) =>
    state.prototype ? expectedDateBasis(state.prototype.tracking.commitment) : undefined,
  );
  const stale = useStaleWordings().find((item) =>
    item.messages.some((candidate) => candidate.id === messageId),
  );
  const { fields, language } = usePlaceholderFields();
  const subjectBox = useRef<TemplateBoxHandle>(null);
  const bodyBox = useRef<TemplateBoxHandle>(null);
  const lastFocused = useRef<'subject' | 'body'>('body');
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a message replaces the list: the focus moves to what replaced it.
  useEffect(() => heading.current?.focus(), []);
  if (!message) return null;

  const isSms = message.channel === 'sms';
  const problems = checkMessage(message, fields, basis);
  // Advice is shown and described, but does not make the text invalid.
  const invalid = problems.some(isBlocking);
  const advised = problems.some((problem) => !isBlocking(problem));
  const problemsId = `${id}-problems`;
  const adviceId = `${id}-advice`;
  const insert = (placeholder: string) => {
    const box = lastFocused.current === 'subject' && !isSms ? subjectBox : bodyBox;
    box.current?.insert(placeholder);
  };
  return (
    <section className="message-editor" aria-labelledby={`${id}-heading`}>
      <div className="message-editor__top">
        <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
          {t('messages.editor.heading', { status: statusLabel })}
        </h2>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => openMessage(undefined)}
        >
          {t('messages.editor.back')}
        </button>
      </div>
      {stale && (
        <p className="banner banner--warning">
          <WordingNotice stale={stale} />
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-channel`} className="field__label">
          {t('messages.editor.channel')}
        </label>
        <select
          id={`${id}-channel`}
          value={message.channel}
          onChange={(event) =>
            execute(setMessageChannel({ messageId, channel: event.target.value as MessageChannel }))
          }
        >
          {messageChannels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`trackingPage:channels.${channel}`)}
            </option>
          ))}
        </select>
      </div>
      {!isSms && (
        <TemplateBox
          handle={subjectBox}
          messageId={messageId}
          part="subject"
          stored={message.subject}
          fields={fields}
          language={language}
          label={t('messages.editor.subject')}
          invalid={invalid}
          problemsId={problemsId}
          adviceId={advised ? adviceId : undefined}
          onFocus={() => (lastFocused.current = 'subject')}
        />
      )}
      <TemplateBox
        handle={bodyBox}
        messageId={messageId}
        part="body"
        stored={message.body}
        fields={fields}
        language={language}
        label={t('messages.editor.body')}
        help={t('messages.editor.bodyHelp')}
        invalid={invalid}
        problemsId={problemsId}
        adviceId={advised ? adviceId : undefined}
        multiline
        onFocus={() => (lastFocused.current = 'body')}
      />
      <TemplateProblems id={problemsId} problems={problems} fields={fields} language={language} />
      <TemplateAdvice id={adviceId} problems={problems} fields={fields} language={language} />
      <PlaceholderPicker
        fields={fields}
        language={language}
        hasReasons={message.reasons.length > 0}
        onInsert={insert}
      />
      <ReasonsEditor messageId={messageId} reasons={message.reasons} language={language} />
      <MessagePreview message={message} />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (!execute(deleteMessage({ messageId }))) return;
          openMessage(undefined);
          notify({
            tone: 'info',
            messageKey: 'tracking:messages.editor.deleted',
            action: { labelKey: 'common:actions.undo', run: undoOfLastChange() },
            timeoutMs: 8000,
          });
        }}
      >
        {t('messages.editor.delete')}
      </button>
    </section>
  );
}
