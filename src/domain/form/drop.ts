import { listFields, locateField } from './fields';
import type { Form } from './schema';
import { isContainer, type FieldType } from './vocabulary';
import type { Position } from './tree';

/** What is being dragged: a new field from the palette, or a field of the form. */
export type DragSource = { kind: 'new'; type: FieldType } | { kind: 'existing'; id: string };

/** Why a drop is refused; an i18n key under "form:drop.". */
export type DropRefusal = 'unknownField' | 'unknownList' | 'nestedContainer' | 'intoItself';

function sourceType(form: Form, active: DragSource): FieldType | undefined {
  return active.kind === 'new' ? active.type : locateField(form, active.id)?.field.type;
}

/** Why dropping `active` at `over` is refused, or undefined when it is allowed. */
export function validateDrop(
  form: Form,
  active: DragSource,
  over: Position,
): DropRefusal | undefined {
  const type = sourceType(form, active);
  if (!type) return 'unknownField';
  const list = listFields(form, over);
  if (!list || over.index < 0 || over.index > list.length) return 'unknownList';
  if (over.parentId !== undefined) {
    const parent = locateField(form, over.parentId);
    if (!parent || !isContainer(parent.field.type)) return 'unknownList';
    if (active.kind === 'existing' && over.parentId === active.id) return 'intoItself';
    if (isContainer(type)) return 'nestedContainer';
  }
  return undefined;
}

/** Whether moving a field to `to` would leave it where it is. */
export function isSamePlace(form: Form, id: string, to: Position): boolean {
  const located = locateField(form, id);
  if (!located || located.pageId !== to.pageId || located.parentId !== to.parentId) return false;
  return to.index === located.index || to.index === located.index + 1;
}

/**
 * Every place `active` may be dropped, in reading order: the keyboard walks through these.
 * For a field of the form, its own place comes once (as where it started) and the gap
 * just after it, which means the same, is left out.
 */
export function dropSlots(form: Form, active: DragSource): Position[] {
  const slots: Position[] = [];
  const origin = active.kind === 'existing' ? locateField(form, active.id) : undefined;
  const consider = (slot: Position) => {
    if (
      origin &&
      slot.pageId === origin.pageId &&
      slot.parentId === origin.parentId &&
      slot.index === origin.index + 1
    ) {
      return;
    }
    if (!validateDrop(form, active, slot)) slots.push(slot);
  };
  for (const page of form.pages) {
    page.fields.forEach((field, index) => {
      consider({ pageId: page.id, index });
      if (field.fields && !(origin && origin.field.id === field.id)) {
        for (let inner = 0; inner <= field.fields.length; inner++) {
          consider({ pageId: page.id, parentId: field.id, index: inner });
        }
      }
    });
    consider({ pageId: page.id, index: page.fields.length });
  }
  return slots;
}
