import { useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { updateField } from '../../../domain/form/commands';
import { allowedValues } from '../../../domain/form/conditionChecks';
import { fieldRegistry } from '../../../domain/form/registry';
import type { Field } from '../../../domain/form/schema';
import { execute } from '../state/designedForm';

/** The answer a requester starts with, in the form that the field's type takes. */
export function DefaultValueField({ field }: { field: Field }) {
  const { t } = useTranslation('form');
  const id = useId();
  const set = (defaultValue: Field['defaultValue']) =>
    execute(updateField({ id: field.id, patch: { defaultValue } }));
  const values = allowedValues(field);
  const labelOf = (value: string) =>
    field.type === 'yesNo'
      ? t(value === 'yes' ? 'conditions.yes' : 'conditions.no')
      : (field.options?.find((option) => option.value === value)?.label ?? value);
  const answer = fieldRegistry[field.type].answer;

  if (answer === 'choices' && values) {
    const ticked = Array.isArray(field.defaultValue) ? field.defaultValue : [];
    return (
      <fieldset className="fd-choice">
        <legend className="field__label">{t('properties.defaultValue')}</legend>
        {values.map((value) => (
          <label key={value} className="fd-choice__option">
            <input
              type="checkbox"
              checked={ticked.includes(value)}
              onChange={(event) => {
                const next = event.target.checked
                  ? [...ticked, value]
                  : ticked.filter((item) => item !== value);
                set(next.length > 0 ? next : undefined);
              }}
            />
            {labelOf(value)}
          </label>
        ))}
      </fieldset>
    );
  }
  const current = typeof field.defaultValue === 'string' ? field.defaultValue : '';
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('properties.defaultValue')}
      </label>
      {values ? (
        <select id={id} value={current} onChange={(event) => set(event.target.value || undefined)}>
          <option value="">{t('properties.noDefault')}</option>
          {values.map((value) => (
            <option key={value} value={value}>
              {labelOf(value)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={answer === 'date' ? 'date' : 'text'}
          value={current}
          onChange={(event) => set(event.target.value || undefined)}
        />
      )}
    </div>
  );
}
