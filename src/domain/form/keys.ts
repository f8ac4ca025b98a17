import { allFields } from './fields';
import { fieldRegistry } from './registry';
import type { Field, Form } from './schema';

export const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** A data key from a label: "Date de naissance" gives "date_de_naissance". */
export function keyFromLabel(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+|_+$/g, '')
    .slice(0, 48)
    .replace(/_+$/, '');
  return slug;
}

export function formKeys(form: Form, exceptId?: string): Set<string> {
  return new Set(
    allFields(form)
      .filter(({ field }) => field.id !== exceptId)
      .map(({ field }) => field.key),
  );
}

/** `base`, or `base_2`, `base_3`… whichever is not taken. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}_${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A key that still is what Fabrik made up (from the type, or from the label) follows the
 * label as it is typed; a key somebody chose is never changed behind their back.
 */
export function keyFollowsLabel(field: Field): boolean {
  const base = fieldRegistry[field.type].keyBase;
  const fromLabel = keyFromLabel(field.label);
  const generated = (stem: string) =>
    field.key === stem || new RegExp(`^${stem}_\\d+$`).test(field.key);
  return generated(base) || (fromLabel !== '' && generated(fromLabel));
}
