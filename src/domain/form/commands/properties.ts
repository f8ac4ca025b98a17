import { CommandRefusedError, defineCommand } from '../../commands';
import { formKeys, KEY_PATTERN, keyFollowsLabel, keyFromLabel, uniqueKey } from '../keys';
import { fieldRegistry } from '../registry';
import type { Condition, Field, FieldOption } from '../schema';
import { mapField } from '../tree';
import { renameOptionValues, valuesFollowingLabels, wasSubmitted } from './optionValues';
import { sameValue, withForm } from './shared';

/** What the properties panel can change on a field (not its id, type, key or children). */
export type FieldPatch = Partial<Omit<Field, 'id' | 'type' | 'key' | 'fields'>>;

function applyPatch(field: Field, patch: FieldPatch): Field {
  const next: Record<string, unknown> = { ...field };
  for (const [name, value] of Object.entries(patch)) {
    // An emptied property is removed rather than stored empty.
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  return next as Field;
}

/**
 * Changes properties of a field, as they are typed. A key Fabrik made up follows the label;
 * typing in one box merges into one undo step.
 */
export const updateField = defineCommand(
  'updateField',
  (prototype, { id, patch }: { id: string; patch: FieldPatch }) => {
    const form = mapField(prototype.form, id, (field) => {
      const changed = Object.entries(patch).some(
        ([name, value]) => !sameValue(field[name as keyof Field], value),
      );
      if (!changed) return field;
      const next = applyPatch(field, patch);
      if (patch.label !== undefined && keyFollowsLabel(field)) {
        const stem = keyFromLabel(patch.label) || fieldRegistry[field.type].keyBase;
        next.key = uniqueKey(stem, formKeys(prototype.form, id));
      }
      return next;
    });
    return withForm(prototype, form);
  },
  ({ id, patch }) => `${id}:${Object.keys(patch).sort().join(',')}`,
);

/** Renames a field's data key; keys stay unique and well formed. */
export const setFieldKey = defineCommand(
  'setFieldKey',
  (prototype, { id, key }: { id: string; key: string }) => {
    if (!KEY_PATTERN.test(key)) throw new CommandRefusedError('form:errors.keyInvalid');
    if (formKeys(prototype.form, id).has(key))
      throw new CommandRefusedError('form:errors.keyTaken', { key });
    const form = mapField(prototype.form, id, (field) =>
      field.key === key ? field : { ...field, key },
    );
    return withForm(prototype, form);
  },
  ({ id }) => id,
);

/**
 * Replaces the options of a choice field (add, edit, reorder, remove, paste lines). Until
 * the prototype is first submitted for review, a value Fabrik made follows its option's
 * label, and what compares with it follows too; after, stored values never change.
 */
export const setFieldOptions = defineCommand(
  'setFieldOptions',
  (prototype, { id, options }: { id: string; options: FieldOption[] }) => {
    let renamed = new Map<string, string>();
    const form = mapField(prototype.form, id, (field) => {
      let next = options;
      if (!wasSubmitted(prototype)) {
        ({ options: next, renamed } = valuesFollowingLabels(field.options ?? [], options));
      }
      return sameValue(field.options, next) ? field : { ...field, options: next };
    });
    return withForm(prototype, renameOptionValues(form, id, renamed));
  },
  ({ id }) => id,
);

/** Sets or removes when a field is shown, or when it is required. */
export const setFieldCondition = defineCommand(
  'setFieldCondition',
  (
    prototype,
    {
      id,
      which,
      condition,
    }: { id: string; which: 'visibleWhen' | 'requiredWhen'; condition: Condition | undefined },
  ) => {
    const form = mapField(prototype.form, id, (field) =>
      sameValue(field[which], condition) ? field : applyPatch(field, { [which]: condition }),
    );
    return withForm(prototype, form);
  },
  ({ id, which }) => `${id}:${which}`,
);
