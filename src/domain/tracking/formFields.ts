import { allFields } from '../form/fields';
import type { Prototype } from '../prototype/schema';
import type { PlaceholderField } from './placeholders';

/** The form's fields as placeholders and the code confirmation see them. */
export function placeholderFields(prototype: Pick<Prototype, 'form'>): PlaceholderField[] {
  return allFields(prototype.form).map(({ field }) => ({
    id: field.id,
    key: field.key,
    label: field.label,
  }));
}
