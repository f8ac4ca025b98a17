import { useId, useState } from 'react';

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
    'aria-describedby': help ? `${id}-help` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
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
    </div>
  );
}
