import { useTranslation } from 'react-i18next';
import { allowedValues } from '../../../domain/form/conditionChecks';
import { fieldRegistry } from '../../../domain/form/registry';
import type { ConditionRule, Field } from '../../../domain/form/schema';

interface RuleValueProps {
  id: string;
  rule: ConditionRule;
  target: Field | undefined;
  onChange: (value: string | string[]) => void;
}

/** The value a rule compares with: chosen among the options when the field has a list. */
export function RuleValue({ id, rule, target, onChange }: RuleValueProps) {
  const { t } = useTranslation('form');
  const values = target ? allowedValues(target) : undefined;
  const labelOf = (value: string) =>
    target?.type === 'yesNo'
      ? t(value === 'yes' ? 'conditions.yes' : 'conditions.no')
      : (target?.options?.find((option) => option.value === value)?.label ?? value);
  const current = Array.isArray(rule.value)
    ? rule.value
    : rule.value === undefined
      ? []
      : [rule.value];

  if (values && rule.op === 'oneOf') {
    return (
      <fieldset className="fd-choice">
        <legend className="field__label">{t('conditions.value')}</legend>
        {values.map((value) => (
          <label key={value} className="fd-choice__option">
            <input
              type="checkbox"
              checked={current.includes(value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...current, value]
                    : current.filter((item) => item !== value),
                )
              }
            />
            {labelOf(value)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (values) {
    const selected = current[0] ?? '';
    return (
      <>
        <label htmlFor={id} className="field__label">
          {t('conditions.value')}
        </label>
        <select id={id} value={selected} onChange={(event) => onChange(event.target.value)}>
          {!values.includes(selected) && <option value={selected}>{selected}</option>}
          {values.map((value) => (
            <option key={value} value={value}>
              {labelOf(value)}
            </option>
          ))}
        </select>
      </>
    );
  }
  const isDate = target && fieldRegistry[target.type].answer === 'date';
  return (
    <>
      <label htmlFor={id} className="field__label">
        {t('conditions.value')}
      </label>
      <input
        id={id}
        type={isDate ? 'date' : 'text'}
        value={rule.op === 'oneOf' ? current.join(', ') : (current[0] ?? '')}
        onChange={(event) =>
          onChange(
            rule.op === 'oneOf'
              ? event.target.value.split(',').map((value) => value.trim())
              : event.target.value,
          )
        }
      />
    </>
  );
}
