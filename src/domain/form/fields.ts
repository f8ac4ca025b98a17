import type { Field, Form } from './schema';

/** A field with where it sits: what references, placeholders and checks look fields up by. */
export interface LocatedField {
  field: Field;
  pageId: string;
  pageIndex: number;
}

/**
 * Every field of the form in reading order, including fields nested in sections and
 * repeatable groups (the form designer keeps this the one place that knows the nesting).
 */
export function allFields(form: Form): LocatedField[] {
  return form.pages.flatMap((page, pageIndex) =>
    page.fields.map((field) => ({ field, pageId: page.id, pageIndex })),
  );
}

export function findField(form: Form, id: string): Field | undefined {
  return allFields(form).find((located) => located.field.id === id)?.field;
}
