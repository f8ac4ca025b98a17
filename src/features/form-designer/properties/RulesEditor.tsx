import { useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { updateField } from '../../../domain/form/commands';
import { loadPatternEngines, patternEnginesLoaded } from '../../../domain/form/patternEngines';
import { fieldRegistry, hasProperty } from '../../../domain/form/registry';
import type { Field, RuleName, Validation } from '../../../domain/form/schema';
import { execute } from '../state/designedForm';
import { TextField } from '../../../ui/TextField';
import { useLoaded } from '../../../ui/useLoaded';
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

/**
 * The pattern's box opens once the engines that check a pattern are loaded (once the page
 * is idle, or when this box first shows): a pattern typed before would hold the
 * prototype's screens back while they load (app/prototype/usePatternChecksReady.ts).
 */
function PatternBox(props: {
  label: string;
  help: string;
  value: string;
  onChange: (value: string) => void;
}) {
  // Loads them, and shows the box again once they are there.
  useLoaded(loadPatternEngines);
  return <TextField {...props} disabled={!patternEnginesLoaded()} />;
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

const parseList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim().replace(/^\./, '').toLowerCase())
    .filter(Boolean);

/**
 * A list typed as text ("pdf, jpg"). What is typed stays as typed ("pdf, " while going on)
 * as long as it says the stored list; an undo shows the stored list again.
 */
function ListInput({
  label,
  help,
  value,
  onChange,
}: {
  label: string;
  help: string;
  value: readonly string[];
  onChange: (list: string[]) => void;
}) {
  const [draft, setDraft] = useState<string>();
  const shown =
    draft !== undefined && parseList(draft).join() === value.join() ? draft : value.join(', ');
  return (
    <TextField
      label={label}
      help={help}
      value={shown}
      onChange={(text) => {
        setDraft(text);
        onChange(parseList(text));
      }}
    />
  );
}

/** Validation rules that the field's type has, each with the designer's own message. */
export function RulesEditor({ field }: { field: Field }) {
  const { t } = useTranslation('form');
  const rules = field.validation;
  const set = (changes: Partial<Validation>) =>
    execute(updateField({ id: field.id, patch: { validation: withRule(rules, changes) } }));
  const has = (property: Parameters<typeof hasProperty>[1]) => hasProperty(field.type, property);
  const format = fieldRegistry[field.type].format;

  /** The box for the designer's own message, once the rule is set. */
  const message = (rule: RuleName, params: Record<string, unknown> = {}) =>
    rules?.[rule] === undefined ? null : (
      <TextField
        label={t('rules.message', { rule: t(`rules.${rule}`) })}
        value={rules.messages?.[rule] ?? ''}
        placeholder={t('rules.messagePlaceholder', {
          message: t(`requesterForm:errors.${rule}`, { name: '…', ...params }),
        })}
        onChange={(text) =>
          set({
            messages: withRule(rules.messages as Validation, {
              [rule]: text || undefined,
            }) as Validation['messages'],
          })
        }
      />
    );
  const numberRule = (
    rule: 'minLength' | 'maxLength' | 'min' | 'max' | 'maxSizeMb' | 'minItems' | 'maxItems',
    integer: boolean,
    params: Record<string, unknown>,
  ) => (
    <>
      <NumberInput
        label={t(`rules.${rule}`)}
        value={rules?.[rule]}
        integer={integer}
        min={rule === 'min' || rule === 'max' || rule === 'maxSizeMb' ? undefined : 0}
        positive={rule === 'maxSizeMb'}
        onChange={(value) => set({ [rule]: value })}
      />
      {message(rule, params)}
    </>
  );

  return (
    <div className="fd-rules">
      {format && (
        <p className="fd-hint">{t('rules.format', { format: t(`rules.formats.${format}`) })}</p>
      )}
      {has('length') && (
        <>
          {numberRule('minLength', true, { min: rules?.minLength })}
          {numberRule('maxLength', true, { max: rules?.maxLength })}
        </>
      )}
      {has('pattern') && (
        <>
          <PatternBox
            label={t('rules.pattern')}
            help={t('rules.patternHelp')}
            value={rules?.pattern ?? ''}
            onChange={(pattern) => set({ pattern: pattern || undefined })}
          />
          {message('pattern')}
        </>
      )}
      {has('range') && (
        <>
          {numberRule('min', false, { min: rules?.min })}
          {numberRule('max', false, { max: rules?.max })}
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
          {message('minDate', { date: rules?.minDate })}
          <DateBound
            label={t('rules.maxDate')}
            todayLabel={t('rules.maxDateToday')}
            value={rules?.maxDate}
            onChange={(maxDate) => set({ maxDate })}
          />
          {message('maxDate', { date: rules?.maxDate })}
        </>
      )}
      {has('files') && (
        <>
          <ListInput
            label={t('rules.fileTypes')}
            help={t('rules.fileTypesHelp')}
            value={rules?.fileTypes ?? []}
            onChange={(types) => set({ fileTypes: types.length > 0 ? types : undefined })}
          />
          {message('fileTypes', { types: (rules?.fileTypes ?? []).join(', ') })}
          {numberRule('maxSizeMb', false, { max: rules?.maxSizeMb })}
        </>
      )}
      {has('items') && (
        <>
          {numberRule('minItems', true, { min: rules?.minItems })}
          {numberRule('maxItems', true, { max: rules?.maxItems })}
        </>
      )}
    </div>
  );
}
