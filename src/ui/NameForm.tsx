import { useState, type FormEvent } from 'react';
import { TextField } from './TextField';

interface NameFormProps {
  label: string;
  help: string;
  submitLabel: string;
  /** Why the name cannot be used, in words, or nothing. */
  problemOf: (name: string) => string | undefined;
  /**
   * Takes a name that has no problem. The box is emptied afterwards, unless this says
   * `false` (the name could not be used after all: it stays, to try again).
   */
  onSubmit: (name: string) => void | boolean | Promise<void | boolean>;
  /** The form's title, shown above the box. */
  title?: string;
  className?: string;
  maxLength?: number;
  /** The box's name, for the browser's autofill. */
  name?: string;
}

/**
 * The small form that names something new: a prototype, a service, a life event, a
 * system. A problem with the name is said under the box until the name changes.
 */
export function NameForm({
  label,
  help,
  submitLabel,
  problemOf,
  onSubmit,
  title,
  className = 'service-catalogue__add',
  maxLength,
  name: fieldName,
}: NameFormProps) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemOf(name);
    if (found) {
      setProblem(found);
      return;
    }
    if ((await onSubmit(name)) !== false) setName('');
  };
  return (
    <form className={className} onSubmit={(event) => void submit(event)} noValidate>
      {title && <h2>{title}</h2>}
      <TextField
        label={label}
        help={help}
        value={name}
        onChange={(value) => {
          setName(value);
          setProblem(undefined);
        }}
        error={problem}
        required
        maxLength={maxLength}
        name={fieldName}
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
