import { allFields, locateField } from './fields';
import { definitionOf, isAnswerable } from './registry';
import type { Field, Form } from './schema';
import type { SampleContext } from './types/definition';

function contextFor(today: string): SampleContext {
  const context: SampleContext = {
    today,
    itemSample(group) {
      const item: Record<string, unknown> = {};
      for (const child of group.fields ?? []) {
        if (!isAnswerable(child.type)) continue;
        const value = definitionOf(child.type).sample(child, context);
        if (value === undefined) return undefined;
        item[child.id] = value;
      }
      return item;
    },
  };
  return context;
}

/**
 * A plausible answer to the field, as the form holds it, that the field's own validation
 * accepts when required: a valid SIRET and IBAN, a day within the allowed range, a file
 * stand-in of an accepted kind, blocks of a repeatable group filled in… Undefined for a
 * field that asks nothing, or whose rules admit no answer (the checklist flags those).
 */
export function sampleAnswer(field: Field, { today }: { today: string }): unknown {
  return definitionOf(field.type).sample(field, contextFor(today));
}

/** A sample answer to every field of the form, by id (fields of repeatable groups in their blocks). */
export function sampleAnswers(form: Form, { today }: { today: string }): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const { field, parentId } of allFields(form)) {
    if (parentId !== undefined && locateField(form, parentId)?.field.type === 'group') continue;
    const value = sampleAnswer(field, { today });
    if (value !== undefined) answers[field.id] = value;
  }
  return answers;
}
