import { useId } from 'react';
import { FieldFrame, fieldDescription } from '../../../ui/FieldFrame';

/** A day, or nothing: a date the schema would refuse (a five-digit year) is not stored. */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label}>
      <input
        id={id}
        type="date"
        value={value}
        aria-describedby={fieldDescription(id, {})}
        onChange={(event) => {
          const day = event.target.value;
          if (day === '' || /^\d{4}-\d{2}-\d{2}$/.test(day)) onChange(day);
        }}
      />
    </FieldFrame>
  );
}
