import { useState, type FormEvent } from 'react';
import { TextField } from '../../ui/TextField';

interface AddByNameFormProps {
  label: string;
  help: string;
  submitLabel: string;
  /** Why the name cannot be used, in words, or nothing. */
  problemOf: (name: string) => string | undefined;
  onAdd: (name: string) => void;
  maxLength?: number;
}

/** The small form that adds a named thing to a list (a life event, a system). */
export function AddByNameForm({
  label,
  help,
  submitLabel,
  problemOf,
  onAdd,
  maxLength,
}: AddByNameFormProps) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemOf(name);
    if (found) {
      setProblem(found);
      return;
    }
    onAdd(name);
    setName('');
  };
  return (
    <form className="service-catalogue__add" onSubmit={submit} noValidate>
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
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
