import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { updateField } from '../../../domain/form/commands';
import { fieldRegistry, hasProperty } from '../../../domain/form/registry';
import type { Field, RuleName, Validation } from '../../../domain/form/schema';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';
import { NumberInput } from './inputs';

/** The validation with one rule changed; an emptied rule, and an empty validation, disappear. */
function withRule(
  validation: Validation | undefined,
  changes: Partial<Validation>,
): Validation | undefined {
  const next: Record<string, unknown> = { ...validation, ...changes };
  for (const [name, value] of Object.entries(next)) {
    if (
      value === undefined ||
      (typeof value === 'object' && value !== null && Object.keys(value).length === 0)
    )
      delete next[name];
  }
  return Object.keys(next).length > 0 ? (next as Validation) : undefined;
}

function DateBound({
  label,
  todayLabel,
  value,
  onChange,
}: {
  label: string;
  todayLabel: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value && value !== 'today' ? value : ''}
        disabled={value === 'today'}
        onChange={(event) => onChange(event.target.value || undefined)}
      />
      <label className="fd-choice__option">
        <input
          type="checkbox"
          checked={value === 'today'}
          onChange={(event) => onChange(event.target.checked ? 'today' : undefined)}
        />
        {todayLabel}
      </label>
    </div>
  );
}

/** Validation rules that the field's type has, each with the designer's own message. */
export function RulesEditor({ field }: { field: Field }) {
  const { t } = useTranslation('form');
  const rules = field.validation;
  const set = (changes: Partial<Validation>) =>
    execute(updateField({ id: field.id, patch: { validation: withRule(rules, changes) } }));
  const message = (rule: RuleName, standard: string) => (
    <TextField
      label={t('rules.message')}
      value={rules?.messages?.[rule] ?? ''}
      placeholder={t('rules.messagePlaceholder', { message: standard })}
      onChange={(text) =>
        set({
          messages: withRule(rules?.messages as Validation, {
            [rule]: text || undefined,
          }) as Validation['messages'],
        })
      }
    />
  );
  const has = (property: Parameters<typeof hasProperty>[1]) => hasProperty(field.type, property);
  const format = fieldRegistry[field.type].format;
  const standard = (code: string, params?: Record<string, unknown>) =>
    t(`requesterForm:errors.${code}`, params);

  return (
    <div className="fd-rules">
      {format && (
        <p className="fd-hint">{t('rules.format', { format: t(`rules.formats.${format}`) })}</p>
      )}
      {has('length') && (
        <>
          <NumberInput
            label={t('rules.minLength')}
            value={rules?.minLength}
            integer
            min={0}
            onChange={(minLength) => set({ minLength })}
          />
          <NumberInput
            label={t('rules.maxLength')}
            value={rules?.maxLength}
            integer
            min={0}
            onChange={(maxLength) => set({ maxLength })}
          />
        </>
      )}
      {has('pattern') && (
        <>
          <TextField
            label={t('rules.pattern')}
            help={t('rules.patternHelp')}
            value={rules?.pattern ?? ''}
            onChange={(pattern) => set({ pattern: pattern || undefined })}
          />
          {rules?.pattern && message('pattern', standard('pattern'))}
        </>
      )}
      {has('range') && (
        <>
          <NumberInput label={t('rules.min')} value={rules?.min} onChange={(min) => set({ min })} />
          {rules?.min !== undefined && message('min', standard('min', { min: rules.min }))}
          <NumberInput label={t('rules.max')} value={rules?.max} onChange={(max) => set({ max })} />
          {rules?.max !== undefined && message('max', standard('max', { max: rules.max }))}
        </>
      )}
      {has('dateRange') && (
        <>
          <DateBound
            label={t('rules.minDate')}
            todayLabel={t('rules.minDateToday')}
            value={rules?.minDate}
            onChange={(minDate) => set({ minDate })}
          />
          {rules?.minDate && message('minDate', standard('minDate', { date: rules.minDate }))}
          <DateBound
            label={t('rules.maxDate')}
            todayLabel={t('rules.maxDateToday')}
            value={rules?.maxDate}
            onChange={(maxDate) => set({ maxDate })}
          />
          {rules?.maxDate && message('maxDate', standard('maxDate', { date: rules.maxDate }))}
        </>
      )}
      {has('files') && (
        <>
          <TextField
            label={t('rules.fileTypes')}
            help={t('rules.fileTypesHelp')}
            value={(rules?.fileTypes ?? []).join(', ')}
            onChange={(text) => {
              const types = text
                .split(',')
                .map((type) => type.trim().replace(/^\./, '').toLowerCase())
                .filter(Boolean);
              set({ fileTypes: types.length > 0 ? types : undefined });
            }}
          />
          <NumberInput
            label={t('rules.maxSizeMb')}
            value={rules?.maxSizeMb}
            min={0}
            onChange={(maxSizeMb) => set({ maxSizeMb })}
          />
        </>
      )}
      {has('items') && (
        <>
          <NumberInput
            label={t('rules.minItems')}
            value={rules?.minItems}
            integer
            min={0}
            onChange={(minItems) => set({ minItems })}
          />
          <NumberInput
            label={t('rules.maxItems')}
            value={rules?.maxItems}
            integer
            min={0}
            onChange={(maxItems) => set({ maxItems })}
          />
        </>
      )}
    </div>
  );
}
