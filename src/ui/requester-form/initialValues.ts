import { allFields, locateField } from '../../domain/form/fields';
import { groupCountPath } from '../../domain/form/formProblems';
import type { Form, Page } from '../../domain/form/schema';

/** The answers a requester starts with: default values, and the first blocks of each group. */
export function initialValues(form: Form): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { field, parentId } of allFields(form)) {
    // A group's fields are answered once per block, from their boxes' own defaults.
    if (parentId !== undefined && locateField(form, parentId)?.field.type === 'group') continue;
    if (field.type === 'group') {
      const count = Math.max(1, field.validation?.minItems ?? 0);
      values[field.id] = Array.from({ length: count }, () => ({}));
    } else if (field.defaultValue !== undefined) {
      values[field.id] = field.defaultValue;
    }
  }
  return values;
}

/**
 * The default value of each field outside repeatable groups: unchanged fields keep the same
 * value object from one version of the form to the next (the form is immutable).
 */
export function defaultAnswers(form: Form): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { field, parentId } of allFields(form)) {
    if (parentId !== undefined && locateField(form, parentId)?.field.type === 'group') continue;
    if (field.type !== 'group' && field.defaultValue !== undefined) {
      values[field.id] = field.defaultValue;
    }
  }
  return values;
}

/** The names react-hook-form validates for one page. */
export function pageAnswerNames(page: Page): string[] {
  return page.fields.flatMap((field) => {
    if (field.type === 'section') return (field.fields ?? []).map((child) => child.id);
    if (field.type === 'group') return [field.id, groupCountPath(field.id)];
    return [field.id];
  });
}
