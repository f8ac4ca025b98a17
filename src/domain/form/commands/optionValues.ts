import type { Prototype } from '../../prototype/schema';
import { conditionMode, conditionRules, makeCondition } from '../conditions';
import { keyFromLabel, uniqueKey } from '../keys';
import type { Condition, Field, FieldOption, Form } from '../schema';

/**
 * Whether the prototype has been submitted for review: its status left "draft", or this
 * browser keeps a review round of it. From then on, the data it describes keeps its names.
 */
export function wasSubmitted(prototype: Prototype): boolean {
  return prototype.status !== 'draft' || (prototype.review?.rounds.length ?? 0) > 0;
}

const OPTION_STEM = 'option';

/** Whether an option's value is still one Fabrik made, from its label or for a new option. */
function valueFollowsLabel(option: FieldOption): boolean {
  const made = (stem: string) =>
    option.value === stem || new RegExp(`^${stem}_\\d+$`).test(option.value);
  const fromLabel = keyFromLabel(option.label);
  return made(OPTION_STEM) || (fromLabel !== '' && made(fromLabel));
}

/**
 * The options after an edit, where an option whose label changed and whose value Fabrik
 * made gets its value from the new label ("Option 2" renamed « Entreprise » stores
 * "entreprise"); and which values changed so.
 */
export function valuesFollowingLabels(
  before: readonly FieldOption[],
  after: readonly FieldOption[],
): { options: FieldOption[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const previous = new Map(before.map((option) => [option.id, option]));
  const options = after.map((option, index) => {
    const old = previous.get(option.id);
    if (!old || old.label === option.label || old.value !== option.value) return option;
    if (!valueFollowsLabel(old)) return option;
    const taken = new Set(after.filter((_, other) => other !== index).map((other) => other.value));
    const value = uniqueKey(keyFromLabel(option.label) || OPTION_STEM, taken);
    if (value === option.value) return option;
    renamed.set(option.value, value);
    return { ...option, value };
  });
  return { options, renamed };
}

/** A condition whose rules on `fieldId` compare with renamed values use the new ones. */
function renameInCondition(
  condition: Condition | undefined,
  fieldId: string,
  renamed: ReadonlyMap<string, string>,
): Condition | undefined {
  if (!condition) return condition;
  const rename = (value: string) => renamed.get(value) ?? value;
  let changed = false;
  const rules = conditionRules(condition).map((rule) => {
    if (rule.field !== fieldId || rule.value === undefined) return rule;
    const value = Array.isArray(rule.value) ? rule.value.map(rename) : rename(rule.value);
    if (JSON.stringify(value) === JSON.stringify(rule.value)) return rule;
    changed = true;
    return { ...rule, value };
  });
  return changed ? makeCondition(conditionMode(condition), rules) : condition;
}

/**
 * The form with every reference to renamed values of a choice field updated: the rules
 * that compare its answer, and its own default answer. Nothing is left pointing at a
 * value that no option has any more.
 */
export function renameOptionValues(
  form: Form,
  fieldId: string,
  renamed: ReadonlyMap<string, string>,
): Form {
  if (renamed.size === 0) return form;
  const rename = (value: string) => renamed.get(value) ?? value;
  const renameDefault = (value: Field['defaultValue']) =>
    typeof value === 'string' ? rename(value) : Array.isArray(value) ? value.map(rename) : value;
  // Fields that nothing changed stay the same objects, so the canvas redraws only the others.
  const update = (field: Field): Field => {
    const changes: Partial<Field> = {};
    const visibleWhen = renameInCondition(field.visibleWhen, fieldId, renamed);
    const requiredWhen = renameInCondition(field.requiredWhen, fieldId, renamed);
    if (visibleWhen !== field.visibleWhen) changes.visibleWhen = visibleWhen;
    if (requiredWhen !== field.requiredWhen) changes.requiredWhen = requiredWhen;
    if (field.id === fieldId && field.defaultValue !== undefined)
      changes.defaultValue = renameDefault(field.defaultValue);
    const fields = field.fields?.map(update);
    if (fields?.some((child, index) => child !== field.fields![index])) changes.fields = fields;
    return Object.keys(changes).length > 0 ? { ...field, ...changes } : field;
  };
  return {
    ...form,
    pages: form.pages.map((page) => {
      const visibleWhen = renameInCondition(page.visibleWhen, fieldId, renamed);
      const fields = page.fields.map(update);
      const same =
        visibleWhen === page.visibleWhen && fields.every((field, i) => field === page.fields[i]);
      return same ? page : { ...page, ...(visibleWhen ? { visibleWhen } : {}), fields };
    }),
  };
}
