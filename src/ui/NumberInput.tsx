import { useState, type InputHTMLAttributes } from 'react';

interface NumberInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'min' | 'max'
> {
  value: number | undefined;
  min: number;
  max: number;
  /** Only whole numbers. */
  integer?: boolean;
  /** Called with each valid number typed. */
  onChange: (value: number) => void;
}

/**
 * A number box bound to stored data. What is typed is kept on screen while it is not a
 * valid number (an emptied box, a value out of range), so replacing "10" by "35" does not
 * turn into "1035"; leaving the box shows the stored value again.
 */
export function NumberInput({
  value,
  min,
  max,
  integer,
  onChange,
  onBlur,
  ...rest
}: NumberInputProps) {
  const [draft, setDraft] = useState<string>();
  return (
    <input
      {...rest}
      type="number"
      min={min}
      max={max}
      value={draft ?? value ?? ''}
      onBlur={(event) => {
        setDraft(undefined);
        onBlur?.(event);
      }}
      onChange={(event) => {
        const number = event.target.valueAsNumber;
        const valid =
          Number.isFinite(number) &&
          number >= min &&
          number <= max &&
          (!integer || Number.isInteger(number));
        setDraft(valid ? undefined : event.target.value);
        if (valid) onChange(number);
      }}
    />
  );
}
