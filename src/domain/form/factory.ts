import { newId } from '../ids';
import { conditionRules, makeCondition, conditionMode } from './conditions';
import { fieldIndex } from './fields';
import { formKeys, keyFromLabel, uniqueKey } from './keys';
import { fieldRegistry, isAnswerable } from './registry';
import type { Condition, Field, FieldOption, FieldType, Form } from './schema';

/** Texts of a new field, in the interface's language (the domain holds no wording). */
export interface NewFieldText {
  label: string;
  /** Labels of the options a choice field starts with. */
  optionLabels?: readonly string[];
}

/** Options for labels, each with a value made from its label and unique among `existing`. */
export function makeOptions(
  labels: readonly string[],
  makeId: () => string = newId,
  existing: readonly FieldOption[] = [],
): FieldOption[] {
  const taken = new Set(existing.map((option) => option.value));
  return labels.map((label) => {
    const value = uniqueKey(keyFromLabel(label) || 'option', taken);
    taken.add(value);
    return { id: makeId(), value, label };
  });
}

/** A new field of a type, with the registry's defaults and a key unique in the form. */
export function createField(
  type: FieldType,
  id: string,
  form: Form,
  text: NewFieldText,
  makeId: () => string = newId,
): Field {
  const definition = fieldRegistry[type];
  return {
    id,
    key: uniqueKey(definition.keyBase, formKeys(form)),
    type,
    label: text.label,
    ...(isAnswerable(type) ? { required: true } : {}),
    ...(definition.hasOptions ? { options: makeOptions(text.optionLabels ?? [], makeId) } : {}),
    ...(definition.container ? { fields: [] } : {}),
  };
}

function remap(
  condition: Condition | undefined,
  ids: ReadonlyMap<string, string>,
): Condition | undefined {
  if (!condition) return undefined;
  const rules = conditionRules(condition).map((rule) => ({
    ...rule,
    field: ids.get(rule.field) ?? rule.field,
  }));
  return makeCondition(conditionMode(condition), rules);
}

/**
 * A copy of a field (and what it holds) under new ids and keys unique in `form`. Conditions
 * inside the copy that read a field of the copy now read the copied field; a condition that
 * reads a field `form` does not have (the copy comes from another prototype, or the field
 * it read was deleted since) is dropped, since it could never hold there.
 */
export function cloneField(
  field: Field,
  form: Form,
  makeId: () => string = newId,
  id: string = makeId(),
): Field {
  const taken = formKeys(form);
  const ids = new Map<string, string>([[field.id, id]]);
  field.fields?.forEach((child) => ids.set(child.id, makeId()));
  const known = new Set([...fieldIndex(form).keys(), ...ids.values()]);
  const readable = (condition: Condition | undefined) =>
    conditionRules(condition).every((rule) => known.has(rule.field)) ? condition : undefined;
  const copy = (source: Field): Field => {
    const key = uniqueKey(source.key.replace(/_\d+$/, ''), taken);
    taken.add(key);
    const clone: Field = { ...structuredClone(source), id: ids.get(source.id)!, key };
    if (source.options)
      clone.options = source.options.map((option) => ({ ...option, id: makeId() }));
    delete clone.visibleWhen;
    delete clone.requiredWhen;
    const visibleWhen = readable(remap(source.visibleWhen, ids));
    const requiredWhen = readable(remap(source.requiredWhen, ids));
    if (visibleWhen) clone.visibleWhen = visibleWhen;
    if (requiredWhen) clone.requiredWhen = requiredWhen;
    if (source.fields) clone.fields = source.fields.map(copy);
    return clone;
  };
  return copy(field);
}
