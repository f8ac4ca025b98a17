import { useId } from 'react';

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
  const helpId = `${id}-help`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      <select
        id={id}
        name={name}
        value={value}
        aria-describedby={help ? helpId : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
