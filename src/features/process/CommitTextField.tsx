import { useId, useState } from 'react';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';

interface CommitTextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  help?: string;
  multiline?: boolean;
}

/**
 * A text box that hands its text over when the user leaves it or presses Enter, so that
 * typing a name is one change in the diagram's undo history, not one per letter.
 */
export function CommitTextField({ label, value, onCommit, help, multiline }: CommitTextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
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
