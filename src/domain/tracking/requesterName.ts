import type { PlaceholderField } from './placeholders';
import { ownValue } from '../json';

/** Field keys that name the requester's first or last name, in French or English. */
export const firstNameKey = /pr[ée]nom|first.?name|given.?name/i;
export const lastNameKey = /^(nom|name|last.?name|family.?name|nom.?de.?famille|nom.?usage)$/i;

/** The requester's name from their answers: an identity field, or first and last names. */
export function requesterNameFrom(
  fields: readonly (PlaceholderField & { type: string })[],
  answers: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const identity = fields.find((field) => field.type === 'identity' && ownValue(answers, field.id));
  if (identity) return ownValue(answers, identity.id);
  const first = fields.find((field) => firstNameKey.test(field.key));
  const last = fields.find((field) => lastNameKey.test(field.key));
  const name = [first, last]
    .map((field) => (field ? ownValue(answers, field.id) : undefined))
    .filter(Boolean)
    .join(' ');
  return name || undefined;
}
