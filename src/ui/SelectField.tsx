import { useId } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** Short guidance under the label. */
  help?: string;
  name?: string;
  className?: string;
}

/** A labelled drop-down list whose help is announced with it. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  help,
  name,
  className,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} help={help} className={className}>
      <select
        id={id}
        name={name}
        value={value}
        aria-describedby={fieldDescription(id, { help })}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
