import type { Answers } from './conditions';
import { evaluateForm, evaluateItem } from './evaluate';
import { definitionOf } from './registry';
import type { Field, Form } from './schema';
import type { ItemData } from './types/definition';

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * The answers as the service receives them, by key: the data of the shown fields, each as
 * its type passes it on (trimmed text, numbers, a SIRET's digits…). This is what
 * `formToJsonSchema` describes: the form accepts answers exactly when the schema accepts
 * their data.
 */
export function formData(form: Form, input: Answers): Record<string, unknown> {
  const evaluation = evaluateForm(form, input);
  const put = (data: Record<string, unknown>, field: Field, value: unknown) => {
    const sent = definitionOf(field.type).data(field, value, itemData);
    if (sent !== undefined) data[field.key] = sent;
  };
  const itemData: ItemData = (group, item) => {
    const shown = evaluateItem(group, item, evaluation.answers, evaluation.typeOf).visible;
    const own = asRecord(item);
    const data: Record<string, unknown> = {};
    for (const child of group.fields ?? []) {
      if (shown.has(child.id)) put(data, child, own[child.id]);
    }
    return data;
  };
  const data: Record<string, unknown> = {};
  const visit = (field: Field) => {
    if (!evaluation.visible.has(field.id)) return;
    if (field.type === 'section') field.fields?.forEach(visit);
    else put(data, field, input[field.id]);
  };
  for (const page of evaluation.pages) page.fields.forEach(visit);
  return data;
}
