import type { TFunction } from 'i18next';
import { isAnswerable } from '../../domain/form/registry';
import { sampleAnswer as formSampleAnswer } from '../../domain/form/sampleAnswer';
import type { Field, FieldOption } from '../../domain/form/schema';
import { isoDay } from '../../domain/form/values';
import { firstNameKey, lastNameKey } from '../../domain/tracking/requesterName';

/** Field types whose answer is the value of one of the field's options, or several. */
const choiceTypes = new Set(['radio', 'select', 'checkboxes']);

const joined = (parts: unknown[], separator: string) =>
  parts.filter((part) => typeof part === 'string' && part.trim() !== '').join(separator) ||
  undefined;

/**
 * An answer from the form's preview as the requester would read it in a message;
 * undefined when there is none. Composite answers are recognised by their parts, so a
 * new answer shape still shows as its values.
 */
export function formatAnswer(
  value: unknown,
  type: string,
  t: TFunction,
  formatDate: (date: Date) => string,
  options?: readonly FieldOption[],
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (choiceTypes.has(type) && options) {
    // The requester reads the options' labels, never the values stored behind them.
    const label = (item: unknown) =>
      options.find((option) => option.value === item)?.label ??
      formatAnswer(item, '', t, formatDate);
    return Array.isArray(value) ? joined(value.map(label), ', ') : label(value);
  }
  if (type === 'yesNo' && (value === 'yes' || value === 'no')) {
    return t(value === 'yes' ? 'samples.yes' : 'samples.no');
  }
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return formatDate(new Date(year, month - 1, day));
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return t(value ? 'samples.yes' : 'samples.no');
  if (Array.isArray(value)) {
    return joined(
      value.map((item) => formatAnswer(item, '', t, formatDate)),
      ', ',
    );
  }
  if (typeof value === 'object') {
    const parts = value as Record<string, unknown>;
    if (typeof parts.name === 'string') return parts.name;
    if ('lastName' in parts || 'firstNames' in parts) {
      return joined([parts.firstNames, parts.lastName], ' ');
    }
    if ('line1' in parts || 'city' in parts) {
      const town = joined([parts.postalCode, parts.city], ' ');
      return joined([parts.line1, parts.line2, town], ', ');
    }
    return joined(Object.values(parts), ' ');
  }
  return String(value);
}

/**
 * Free text: the form's own sample ("Exemple") would not say which answer a message
 * shows, so it is named after the field, or taken for the requester's name.
 */
const freeTextTypes = new Set<string>(['shortText', 'longText']);

function sampleText(field: Pick<Field, 'key' | 'label'>, t: TFunction): string {
  if (firstNameKey.test(field.key)) return t('samples.firstName');
  if (lastNameKey.test(field.key)) return t('samples.lastName');
  return t('samples.text', { label: field.label || field.key });
}

/**
 * A plausible answer for a field with no answer in the form's preview, as the requester
 * would read it: the form's own sample answer for the type (one the field's rules accept,
 * its default first), read like a typed answer. Undefined for a field that asks nothing.
 */
export function sampleAnswer(
  field: Field,
  t: TFunction,
  formatDate: (date: Date) => string,
  today: Date,
): string | undefined {
  if (!isAnswerable(field.type)) return undefined;
  if (freeTextTypes.has(field.type)) return sampleText(field, t);
  const sample = formSampleAnswer(field, { today: isoDay(today) });
  // Rules that admit no answer (the checklist flags them): still something to read.
  return formatAnswer(sample, field.type, t, formatDate, field.options) ?? sampleText(field, t);
}
