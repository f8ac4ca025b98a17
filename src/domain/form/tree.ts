import { locateField } from './fields';
import type { Field, Form, Page } from './schema';

/** A place in a list of fields: before the field at `index` (or at the end when index = length). */
export interface Position {
  pageId: string;
  /** The section or repeatable group whose list it is; absent for the page's own list. */
  parentId?: string;
  index: number;
}

function withPage(form: Form, pageId: string, change: (page: Page) => Page): Form {
  let changed = false;
  const pages = form.pages.map((page) => {
    if (page.id !== pageId) return page;
    const next = change(page);
    changed = next !== page;
    return next;
  });
  return changed ? { ...form, pages } : form;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

/** Replaces one field by what `change` returns; the same form when nothing changes. */
export function mapField(form: Form, id: string, change: (field: Field) => Field): Form {
  const located = locateField(form, id);
  if (!located) return form;
  const next = change(located.field);
  if (next === located.field) return form;
  return withPage(form, located.pageId, (page) => {
    if (located.parentId === undefined) {
      return { ...page, fields: replaceAt(page.fields, located.index, next) };
    }
    const parentIndex = page.fields.findIndex((field) => field.id === located.parentId);
    const parent = page.fields[parentIndex]!;
    const children = replaceAt(parent.fields ?? [], located.index, next);
    return {
      ...page,
      fields: replaceAt(page.fields, parentIndex, { ...parent, fields: children }),
    };
  });
}

function withList(
  form: Form,
  list: { pageId: string; parentId?: string },
  change: (fields: Field[]) => Field[],
): Form {
  if (list.parentId === undefined) {
    return withPage(form, list.pageId, (page) => ({ ...page, fields: change(page.fields) }));
  }
  return mapField(form, list.parentId, (parent) => ({
    ...parent,
    fields: change(parent.fields ?? []),
  }));
}

/** Takes a field (and what it holds) out of the form; returns where it was. */
export function detachField(
  form: Form,
  id: string,
): { form: Form; field: Field; from: Position } | undefined {
  const located = locateField(form, id);
  if (!located) return undefined;
  const list = { pageId: located.pageId, parentId: located.parentId };
  return {
    form: withList(form, list, (fields) => fields.filter((field) => field.id !== id)),
    field: located.field,
    from: { ...list, index: located.index },
  };
}

/** Inserts a field at a position (clamped to the list's length). */
export function insertField(form: Form, at: Position, field: Field): Form {
  return withList(form, at, (fields) => {
    const index = Math.max(0, Math.min(at.index, fields.length));
    return [...fields.slice(0, index), field, ...fields.slice(index)];
  });
}

export function samePosition(a: Position, b: Position): boolean {
  return a.pageId === b.pageId && a.parentId === b.parentId && a.index === b.index;
}
