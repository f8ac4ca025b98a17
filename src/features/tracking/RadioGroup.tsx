import { useId } from 'react';

interface RadioGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  value: T;
  labelOf: (option: T) => string;
  onChange: (value: T) => void;
}

/** A choice among a few options, as radio buttons under a legend. */
export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  labelOf,
  onChange,
}: RadioGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="radio-group">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <div key={option} className="radio-group__option">
          <input
            type="radio"
            id={`${name}-${option}`}
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${name}-${option}`}>{labelOf(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}
