import type { TFunction } from 'i18next';
import { isRecord } from '../../domain/json';

const MAX_LENGTH = 120;

/** What a list item is called: its label, title, name or subject. */
function nameOf(item: unknown): string | undefined {
  if (!isRecord(item)) return typeof item === 'string' ? item : undefined;
  for (const key of ['label', 'title', 'name', 'subject', 'text', 'value']) {
    if (typeof item[key] === 'string' && item[key] !== '') return item[key];
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** A value of a diff as a person reads it: « text », yes/no, a list of names, or compact JSON. */
export function formatValue(value: unknown, t: TFunction<'workshops'>): string {
  if (value === undefined || value === null || value === '') return t('diff.empty');
  if (typeof value === 'boolean') return value ? t('diff.yes') : t('diff.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `« ${shorten(value)} »`;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('diff.empty');
    const names = value.map(nameOf);
    if (names.every((name) => name !== undefined)) return shorten(names.join(', '));
  }
  return shorten(JSON.stringify(value));
}

/** A property's name in the workshop's words, or its own name when Fabrik has none for it. */
export function propertyName(property: string, t: TFunction<'workshops'>): string {
  const [head, ...rest] = property.split('.');
  const known = t(`diff.properties.${head}`, { defaultValue: head });
  return rest.length > 0 ? `${known} › ${rest.join(' › ')}` : known;
}
