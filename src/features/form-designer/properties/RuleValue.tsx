import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
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
  const answer = target ? fieldRegistry[target.type].answer : undefined;
  if (rule.op === 'oneOf') {
    return <ValueList id={id} values={current} numeric={answer === 'number'} onChange={onChange} />;
  }
  return (
    <>
      <label htmlFor={id} className="field__label">
        {t('conditions.value')}
      </label>
      <input
        id={id}
        type={answer === 'date' ? 'date' : 'text'}
        value={current[0] ?? ''}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}

/**
 * Several values typed in one box. Numbers are separated by semicolons, since a French
 * decimal has a comma (« 2,5 ; 10 »). The box keeps what is typed (spaces, a separator
 * not followed by a value yet) and stores the values it reads.
 */
function ValueList({
  id,
  values,
  numeric,
  onChange,
}: {
  id: string;
  values: string[];
  numeric: boolean;
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation('form');
  const separator = numeric ? ';' : ',';
  const read = (text: string) =>
    text
      .split(separator)
      .map((value) => value.trim())
      .filter((value) => value !== '');
  const [draft, setDraft] = useState(() => values.join(`${separator} `));
  // Values changed elsewhere (undo, another tab) replace the draft; typing does not.
  const typed = read(draft);
  const same = typed.length === values.length && typed.every((value, at) => value === values[at]);
  const shown = same ? draft : values.join(`${separator} `);
  return (
    <>
      <label htmlFor={id} className="field__label">
        {t('conditions.value')}
      </label>
      <input
        id={id}
        type="text"
        value={shown}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(read(event.target.value));
        }}
      />
      <p id={`${id}-help`} className="field__help">
        {t(numeric ? 'conditions.numbersHelp' : 'conditions.valuesHelp')}
      </p>
    </>
  );
}
