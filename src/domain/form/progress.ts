import { asksSomething } from './arrangingTypes';
import { allFields } from './fields';
import type { Form } from './schema';

/** How many questions the form asks, nested ones included (headings and texts do not count). */
export function countFields(form: Form): number {
  return allFields(form).filter(({ field }) => asksSomething(field.type)).length;
}

/** The form step has started once it asks for something (asked on every change: no count). */
export function isFormStarted(form: Form): boolean {
  return form.pages.some((page) =>
    page.fields.some(
      (field) =>
        asksSomething(field.type) ||
        (field.fields ?? []).some((child) => asksSomething(child.type)),
    ),
  );
}
