import { CommandRefusedError, defineCommand } from '../../commands';
import { newId } from '../../ids';
import { validateDrop, isSamePlace } from '../drop';
import { cloneField, createField, type NewFieldText } from '../factory';
import { locateField } from '../fields';
import type { Field, FieldType } from '../schema';
import { detachField, insertField, type Position } from '../tree';
import { withForm } from './shared';

function refuseDrop(reason: string | undefined): void {
  if (reason) throw new CommandRefusedError(`form:drop.${reason}`);
}

/** Adds a new field of a type at a position (from the palette, by drag, keyboard or click). */
export const addField = defineCommand(
  'addField',
  (
    prototype,
    { type, id, at, text }: { type: FieldType; id: string; at: Position; text: NewFieldText },
  ) => {
    refuseDrop(validateDrop(prototype.form, { kind: 'new', type }, at));
    const field = createField(type, id, prototype.form, text);
    return withForm(prototype, insertField(prototype.form, at, field));
  },
);

/**
 * Moves a field (with what it holds) to a position, given as the gap in the list as it is
 * displayed before the move.
 */
export const moveField = defineCommand(
  'moveField',
  (prototype, { id, to }: { id: string; to: Position }) => {
    const { form } = prototype;
    refuseDrop(validateDrop(form, { kind: 'existing', id }, to));
    if (isSamePlace(form, id, to)) return prototype;
    const detached = detachField(form, id)!;
    const { from } = detached;
    const shifts =
      from.pageId === to.pageId && from.parentId === to.parentId && to.index > from.index;
    return withForm(
      prototype,
      insertField(
        detached.form,
        { ...to, index: shifts ? to.index - 1 : to.index },
        detached.field,
      ),
    );
  },
);

/**
 * Deletes a field and what it holds. Conditions that read it are left as they are and
 * flagged as broken, so the team sees what depended on it (and undo brings it back).
 */
export const removeField = defineCommand('removeField', (prototype, { id }: { id: string }) => {
  const detached = detachField(prototype.form, id);
  return detached ? withForm(prototype, detached.form) : prototype;
});

/** Copies a field just after itself, under new ids and keys. */
export const duplicateField = defineCommand(
  'duplicateField',
  (
    prototype,
    { id, copyId, makeId = newId }: { id: string; copyId: string; makeId?: () => string },
  ) => {
    const located = locateField(prototype.form, id);
    if (!located) throw new CommandRefusedError('form:errors.fieldGone');
    const copy = cloneField(located.field, prototype.form, makeId, copyId);
    const at = { pageId: located.pageId, parentId: located.parentId, index: located.index + 1 };
    return withForm(prototype, insertField(prototype.form, at, copy));
  },
);

/** Pastes a copied field at a position, under new ids and keys. */
export const pasteField = defineCommand(
  'pasteField',
  (
    prototype,
    {
      field,
      copyId,
      at,
      makeId = newId,
    }: { field: Field; copyId: string; at: Position; makeId?: () => string },
  ) => {
    refuseDrop(validateDrop(prototype.form, { kind: 'new', type: field.type }, at));
    const copy = cloneField(field, prototype.form, makeId, copyId);
    return withForm(prototype, insertField(prototype.form, at, copy));
  },
);
