import type { Command } from '../../../src/domain/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import type { Field, FieldType, Page } from '../../../src/domain/form/schema';
import { emptyHistory, record, redo, undo } from '../../../src/state/history';

/** A field with a readable id and key (the id is also the key). */
export function field(
  id: string,
  type: FieldType = 'shortText',
  extra: Partial<Field> = {},
): Field {
  return {
    id,
    key: id,
    type,
    label: `Label ${id}`,
    ...(type === 'section' || type === 'group' ? { fields: [] } : {}),
    ...extra,
  };
}

export function page(id: string, fields: Field[], extra: Partial<Page> = {}): Page {
  return { id, title: `Page ${id}`, fields, ...extra };
}

export function prototypeWith(...pages: Page[]): Prototype {
  const prototype = createPrototype(
    'Carte de stationnement',
    new Date('2026-11-23T09:00:00Z'),
    'p1',
  );
  return { ...prototype, form: { pages } };
}

/** Applies a command, then undoes and redoes it through the editor's history. */
export function doUndoRedo(before: Prototype, command: Command) {
  const after = command.apply(before);
  const undone = undo(record(emptyHistory, before, command.mergeKey, 0), after)!;
  const redone = redo(undone.history, undone.prototype)!;
  return { after, undone: undone.prototype, redone: redone.prototype };
}

/** The ids of a page's fields, with a container's fields in brackets. */
export function layout(prototype: Prototype): string[][] {
  return prototype.form.pages.map((p) =>
    p.fields.map((f) => (f.fields ? `${f.id}[${f.fields.map((c) => c.id).join(',')}]` : f.id)),
  );
}
