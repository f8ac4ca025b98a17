import { useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { setMessageText } from '../../../domain/tracking/commands/messages';
import {
  toStoredTemplate,
  toTypedTemplate,
  type PlaceholderField,
  type PlaceholderLanguage,
} from '../../../domain/tracking/placeholders';
import { execute } from '../../../state/commands';
import { FieldFrame, fieldDescription } from '../../../ui/FieldFrame';

export interface TemplateBoxHandle {
  /** Inserts text at the cursor (or in place of the selection), then puts the cursor after it. */
  insert(text: string): void;
}

interface TemplateBoxProps {
  messageId: string;
  part: 'subject' | 'body';
  stored: string;
  fields: readonly PlaceholderField[];
  language: PlaceholderLanguage;
  label: string;
  help?: string;
  invalid: boolean;
  problemsId?: string;
  /** Id of the advice on the message, when there is some: it describes the box too. */
  adviceId?: string;
  multiline?: boolean;
  onFocus: () => void;
  handle: Ref<TemplateBoxHandle>;
}

/**
 * A subject or body as the team types it, with placeholders by name. What was typed
 * stays on screen as typed while it stores the same template (so "{{ email }}" is not
 * rewritten under the cursor); an undo, which stores something else, shows through.
 */
export function TemplateBox(props: TemplateBoxProps) {
  const { messageId, part, stored, fields, language, label, help, invalid, problemsId, adviceId } =
    props;
  const id = useId();
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<{ typed: string; stored: string }>();
  const value = draft?.stored === stored ? draft.typed : toTypedTemplate(stored, fields, language);

  const change = (typed: string) => {
    setDraft({ typed, stored: toStoredTemplate(typed, fields) });
    execute(setMessageText({ messageId, part, typed }));
  };

  useImperativeHandle(props.handle, () => ({
    insert(text: string) {
      const box = element.current;
      const start = box?.selectionStart ?? value.length;
      const end = box?.selectionEnd ?? value.length;
      change(value.slice(0, start) + text + value.slice(end));
      requestAnimationFrame(() => {
        box?.focus();
        box?.setSelectionRange(start + text.length, start + text.length);
      });
    },
  }));

  const common = {
    id,
    ref: element,
    value,
    spellCheck: true,
    'aria-invalid': invalid || undefined,
    'aria-describedby': fieldDescription(id, { help }, invalid ? problemsId : undefined, adviceId),
    onFocus: props.onFocus,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
  };
  return (
    <FieldFrame id={id} label={label} help={help} invalid={invalid}>
      {props.multiline ? <textarea rows={9} {...common} /> : <input type="text" {...common} />}
    </FieldFrame>
  );
}
