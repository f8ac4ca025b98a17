import type { Form } from './schema';

export function countFields(form: Form): number {
  return form.pages.reduce((total, page) => total + page.fields.length, 0);
}

/** The form step has started once it asks for something. */
export function isFormStarted(form: Form): boolean {
  return countFields(form) > 0;
}
