import { isAnswerable } from './registry';
import type { Field } from './schema';

/**
 * Whether a question still has to say why it is asked: a form is a minimum, so every
 * answer the service collects is justified, or the referent recorded why it needs not be.
 */
export function lacksJustification(field: Field): boolean {
  return (
    isAnswerable(field.type) && !field.justification?.trim() && !field.noJustificationReason?.trim()
  );
}
