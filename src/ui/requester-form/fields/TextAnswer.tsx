import { useFormContext } from 'react-hook-form';
import { useTranslation } from '../../i18n/useTranslation';
import type { FieldType } from '../../../domain/form/schema';
import { useRenderer } from '../context';
import { FieldFrame } from '../FieldFrame';
import { useFieldError } from '../useFieldError';
import type { FieldRendererProps } from './types';

/** The attributes that make each text-like type comfortable on every device. */
const inputAttributes: Partial<Record<FieldType, Record<string, string | boolean>>> = {
  number: { inputMode: 'decimal' },
  amount: { inputMode: 'decimal' },
  date: { type: 'date' },
  email: { type: 'email', autoComplete: 'email', spellCheck: false },
  phone: { type: 'tel', autoComplete: 'tel' },
  siret: { inputMode: 'numeric', autoComplete: 'off' },
  iban: { autoComplete: 'off', spellCheck: false, className: 'rf-iban' },
};

/** Short text, long text, number, amount, date, email, phone, SIRET, IBAN. */
export function TextAnswer({ field, path, required }: FieldRendererProps) {
  const { t } = useTranslation('requesterForm');
  const { register } = useFormContext();
  const { idFor } = useRenderer();
  const error = useFieldError(path);
  const id = idFor(path);
  const defaultValue = typeof field.defaultValue === 'string' ? field.defaultValue : undefined;
  return (
    <FieldFrame field={field} inputId={id} required={required} error={error}>
      {(describedBy) => {
        const common = {
          id,
          placeholder: field.placeholder || undefined,
          defaultValue,
          'aria-describedby': describedBy,
          'aria-invalid': error ? true : undefined,
          'aria-required': required || undefined,
          ...register(path),
        };
        if (field.type === 'longText') return <textarea rows={5} {...common} />;
        const input = <input type="text" {...inputAttributes[field.type]} {...common} />;
        if (field.type !== 'amount') return input;
        return (
          <span className="rf-amount">
            {input}
            <span className="rf-amount__unit" aria-hidden="true">
              €
            </span>
            <span className="visually-hidden">{t('euros')}</span>
          </span>
        );
      }}
    </FieldFrame>
  );
}
