import { allFields, findField } from '../form/fields';
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

/** The label of the answer the requester confirms beside their code, if the service asks one. */
export function confirmFieldLabel(
  prototype: Pick<Prototype, 'form' | 'tracking'>,
): string | undefined {
  const fieldId = prototype.tracking.code.confirmFieldId;
  if (!fieldId) return undefined;
  const field = findField(prototype.form, fieldId);
  return field ? field.label || field.key : undefined;
}
