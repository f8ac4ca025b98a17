import type { Field, Form } from './schema';

/** A field with where it sits: what references, placeholders and checks look fields up by. */
export interface LocatedField {
  field: Field;
  pageId: string;
  pageIndex: number;
  /** The section or repeatable group holding the field, if any. */
  parentId?: string;
  /** Position in reading order over the whole form (containers before their fields). */
  order: number;
  /** Position in its own list (the page's fields, or its container's). */
  index: number;
}

/**
 * Every field of the form in reading order, including fields nested in sections and
 * repeatable groups (the form designer keeps this the one place that knows the nesting).
 */
export function allFields(form: Form): LocatedField[] {
  const located: LocatedField[] = [];
  form.pages.forEach((page, pageIndex) => {
    page.fields.forEach((field, index) => {
      located.push({ field, pageId: page.id, pageIndex, order: located.length, index });
      field.fields?.forEach((child, childIndex) => {
        located.push({
          field: child,
          pageId: page.id,
          pageIndex,
          parentId: field.id,
          order: located.length,
          index: childIndex,
        });
      });
    });
  });
  return located;
}

// Forms are immutable: an index built once per form object stays right for its lifetime.
const indexes = new WeakMap<Form, Map<string, LocatedField>>();

/** Fields by id, built once per form. */
export function fieldIndex(form: Form): ReadonlyMap<string, LocatedField> {
  let index = indexes.get(form);
  if (!index) {
    index = new Map(allFields(form).map((located) => [located.field.id, located]));
    indexes.set(form, index);
  }
  return index;
}

/** Forms looked up in once, not indexed yet. */
const lookedUpOnce = new WeakSet<Form>();

/**
 * A keystroke makes a new form and looks up one field in it: a form's first lookup scans
 * it, which costs no allocation; the second one indexes it for the lookups that follow.
 */
export function locateField(form: Form, id: string): LocatedField | undefined {
  if (indexes.has(form) || lookedUpOnce.has(form)) return fieldIndex(form).get(id);
  lookedUpOnce.add(form);
  return scanFor(form, id);
}

/** The field `id` with where it sits, as `allFields` gives it, found by walking the form. */
function scanFor(form: Form, id: string): LocatedField | undefined {
  let order = 0;
  for (const [pageIndex, page] of form.pages.entries()) {
    for (const [index, field] of page.fields.entries()) {
      if (field.id === id) return { field, pageId: page.id, pageIndex, order, index };
      order += 1;
      for (const [childIndex, child] of (field.fields ?? []).entries()) {
        if (child.id === id) {
          return {
            field: child,
            pageId: page.id,
            pageIndex,
            parentId: field.id,
            order,
            index: childIndex,
          };
        }
        order += 1;
      }
    }
  }
  return undefined;
}

export function findField(form: Form, id: string): Field | undefined {
  return locateField(form, id)?.field;
}

/** The fields of a list: a page's, or a container's. */
export function listFields(
  form: Form,
  list: { pageId: string; parentId?: string },
): Field[] | undefined {
  const page = form.pages.find((candidate) => candidate.id === list.pageId);
  if (!page) return undefined;
  if (list.parentId === undefined) return page.fields;
  const parent = locateField(form, list.parentId);
  return parent?.pageId === page.id ? parent.field.fields : undefined;
}
