import { useEffect, useId, useRef, useState } from 'react';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';

interface CommitTextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  help?: string;
  multiline?: boolean;
  /** Takes the focus when shown, for a name to type at once (a step just inserted). */
  focusOnMount?: boolean;
}

/**
 * A text box that hands its text over when the user leaves it or presses Enter, so that
 * typing a name is one change in the diagram's undo history, not one per letter.
 */
export function CommitTextField({
  label,
  value,
  onCommit,
  help,
  multiline,
  focusOnMount,
}: CommitTextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);
  const commit = () => {
    if (draft !== undefined && draft !== value) onCommit(draft);
    setDraft(undefined);
  };
  const common = {
    id,
    value: draft ?? value,
    'aria-describedby': fieldDescription(id, { help }),
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
  };
  return (
    <FieldFrame id={id} label={label} help={help}>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          ref={input}
          type="text"
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(undefined);
          }}
        />
      )}
    </FieldFrame>
  );
}
