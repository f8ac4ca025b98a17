import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { FieldFrame, fieldDescription } from '../../../ui/FieldFrame';

/** A group of related properties, with its heading. */
export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="fd-prop-section" aria-labelledby={id}>
      <h3 id={id} className="fd-prop-section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}

interface NumberInputProps {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  integer?: boolean;
  min?: number;
  /** Above zero: a bound the document's schema requires to be positive (a file size). */
  positive?: boolean;
  help?: string;
}

type NumberProblem = 'notANumber' | 'notAnInteger' | 'belowMin' | 'notPositive';

/** A number typed with a decimal point or comma; NaN when it is not one. */
const parseDecimal = (text: string) => {
  const compact = text.trim().replace(',', '.');
  return compact === '' ? NaN : Number(compact);
};

/**
 * A number property. What is not yet a number stays in the box with a message instead of
 * being stored; an emptied box removes the property.
 */
export function NumberInput({
  label,
  value,
  onChange,
  integer,
  min,
  positive,
  help,
}: NumberInputProps) {
  const { t } = useTranslation('form');
  const id = useId();
  // What is typed stays as typed ("12," on the way to "12,5") as long as it says the stored
  // number, or is refused with a message; an undo shows the stored number again.
  const [draft, setDraft] = useState<{ text: string; problem?: NumberProblem }>();
  const shown = draft && (draft.problem || parseDecimal(draft.text) === value) ? draft : undefined;
  const error = shown?.problem && t(`rules.${shown.problem}`, { min });
  return (
    <FieldFrame id={id} label={label} help={help} error={error}>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={shown?.text ?? (value === undefined ? '' : String(value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescription(id, { help, error })}
        onChange={(event) => {
          if (event.target.value.trim() === '') {
            setDraft(undefined);
            onChange(undefined);
            return;
          }
          const number = parseDecimal(event.target.value);
          const problem: NumberProblem | undefined = !Number.isFinite(number)
            ? 'notANumber'
            : integer && !Number.isInteger(number)
              ? 'notAnInteger'
              : min !== undefined && number < min
                ? 'belowMin'
                : positive && number <= 0
                  ? 'notPositive'
                  : undefined;
          setDraft({ text: event.target.value, problem });
          if (!problem) onChange(number);
        }}
      />
    </FieldFrame>
  );
}

interface ChoiceInputProps<T extends string> {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A few exclusive choices as radio buttons. */
export function ChoiceInput<T extends string>({
  legend,
  value,
  options,
  onChange,
}: ChoiceInputProps<T>) {
  const name = useId();
  return (
    <fieldset className="fd-choice">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="fd-choice__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
