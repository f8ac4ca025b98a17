import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  help?: string;
}

/**
 * A number property. What is not yet a number stays in the box with a message instead of
 * being stored; an emptied box removes the property.
 */
export function NumberInput({ label, value, onChange, integer, min, help }: NumberInputProps) {
  const { t } = useTranslation('form');
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const error = draft === undefined ? undefined : t('rules.notANumber');
  return (
    <FieldFrame id={id} label={label} help={help} error={error}>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={draft ?? (value === undefined ? '' : String(value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescription(id, { help, error })}
        onChange={(event) => {
          const text = event.target.value.trim().replace(',', '.');
          if (text === '') {
            setDraft(undefined);
            onChange(undefined);
            return;
          }
          const number = Number(text);
          const valid =
            Number.isFinite(number) &&
            (!integer || Number.isInteger(number)) &&
            (min === undefined || number >= min);
          if (!valid) {
            setDraft(event.target.value);
            return;
          }
          setDraft(undefined);
          onChange(number);
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
