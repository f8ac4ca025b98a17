import { useId, type ChangeEvent, type Ref } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Short guidance under the label. */
  help?: string;
  error?: string;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
  autoFocus?: boolean;
  disabled?: boolean;
  name?: string;
  /** The single-line text box, e.g. to focus it once something is added. */
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text box whose help and error are announced with it. */
export function TextField({
  label,
  value,
  onChange,
  help,
  error,
  multiline,
  rows = 3,
  inputRef,
  ...rest
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    'aria-describedby': fieldDescription(id, { help, error }),
    'aria-invalid': error ? true : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
    ...rest,
  };
  return (
    <FieldFrame id={id} label={label} help={help} error={error}>
      {multiline ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input type="text" ref={inputRef} {...common} />
      )}
    </FieldFrame>
  );
}
