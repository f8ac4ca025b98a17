import {
  addField,
  duplicateField,
  moveField,
  pasteField,
  removeField,
} from '../../domain/form/commands';
import { conditionDependents } from '../../domain/form/conditionChecks';
import { locateField } from '../../domain/form/fields';
import { newId } from '../../domain/ids';
import { fieldRegistry } from '../../domain/form/registry';
import type { Field, Form } from '../../domain/form/schema';
import { isContainer, type FieldType } from '../../domain/form/vocabulary';
import type { Position } from '../../domain/form/tree';
import { undoOfLastChange } from '../../state/commands';
import { notify } from '../../state/notifications';
import { select } from '../../state/selection';
import { i18n } from '../../ui/i18n/i18n';
import { designedForm, execute } from './state/designedForm';
import { selectInDesigner, useDesigner } from './state/designerStore';

const t = (key: string, params?: Record<string, unknown>) => i18n.t(`form:${key}`, params);

const currentForm = (): Form | undefined => designedForm();

/** The label a person reads for a field: its label, or its type when it has none. */
export function displayLabel(field: Field): string {
  return field.label.trim() || t(`types.${field.type}`);
}

export function selectField(id: string): void {
  const field = currentForm() && locateField(currentForm()!, id)?.field;
  if (!field) return;
  selectInDesigner({ kind: 'field', id });
  // The app's selection (quick exception capture, live presence) is the prototype's form's.
  if (useDesigner.getState().slot.kind === 'main')
    select({ kind: 'field', id, label: displayLabel(field) });
}

export function selectPage(id: string): void {
  selectInDesigner({ kind: 'page', id });
  select(undefined);
}

/** Frames an element is looked for: a long form's lower rows come a few frames after its top. */
const DRAWING_FRAMES = 60;

/**
 * Runs `act` on the element once it is drawn, from the next frame on: the designer draws
 * the top of a long form first (canvas/firstPass.ts), and what a link or a move points at
 * may be further down.
 */
function whenDrawn(selector: string, act: (element: HTMLElement) => void, frames = DRAWING_FRAMES) {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) act(element);
    else if (frames > 1) whenDrawn(selector, act, frames - 1);
  });
}

/** After adding a field, the referent names it: focus goes to its label box. */
export function focusLabelBox(): void {
  requestAnimationFrame(() => {
    const box = document.querySelector<HTMLInputElement>('.fd-properties input[name="label"]');
    box?.focus();
    // The label starts as the type's name: typing replaces it.
    box?.select();
  });
}

/** After adding a page, the referent names it: focus goes to its title box, text selected. */
export function focusPageTitle(id: string): void {
  requestAnimationFrame(() => {
    const box = document.querySelector<HTMLInputElement>(
      `[data-page-title-for="${CSS.escape(id)}"]`,
    );
    box?.focus();
    // The title starts as « Nouvelle page »: typing replaces it.
    box?.select();
  });
}

/** Focus a field's row (its select button, or its move handle). */
export function focusRow(id: string, part: 'select' | 'handle' = 'select'): void {
  const selector =
    part === 'select'
      ? `[data-select-for="${CSS.escape(id)}"]`
      : `[data-handle-for="${CSS.escape(id)}"]`;
  whenDrawn(selector, (row) => row.focus());
}

/**
 * Shows a field or a page a link points at ("fix this field"): selects it as a click
 * would, scrolls it to the middle of the canvas and moves the focus to it.
 */
export function revealInDesigner(target: { kind: string; id: string }): void {
  const form = currentForm();
  if (!form) return;
  let selector: string;
  if (target.kind === 'field' && locateField(form, target.id)) {
    selectField(target.id);
    selector = `[data-select-for="${CSS.escape(target.id)}"]`;
  } else if (target.kind === 'page' && form.pages.some((page) => page.id === target.id)) {
    selectPage(target.id);
    selector = `[data-page-title-for="${CSS.escape(target.id)}"]`;
  } else return;
  whenDrawn(selector, (element) => {
    // jsdom has no scrollIntoView.
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  });
}

/**
 * Where a field added "after the selection" goes: after the selected field, else at the end.
 * A section or a group cannot go inside another: after a nested field, it goes after the
 * section or group holding it, rather than nowhere.
 */
export function placeAfterSelection(form: Form, type?: FieldType): Position {
  const selection = useDesigner.getState().selection;
  if (selection?.kind === 'field') {
    let located = locateField(form, selection.id);
    if (located?.parentId !== undefined && type !== undefined && isContainer(type))
      located = locateField(form, located.parentId);
    if (located)
      return { pageId: located.pageId, parentId: located.parentId, index: located.index + 1 };
  }
  const page =
    (selection?.kind === 'page' && form.pages.find((p) => p.id === selection.id)) ||
    form.pages.at(-1)!;
  return { pageId: page.id, index: page.fields.length };
}

/** Adds a field of a type at a position and selects it; returns its id if it was added. */
export function addFieldAt(type: FieldType, at: Position): string | undefined {
  const id = newId();
  const optionLabels = fieldRegistry[type].hasOptions
    ? [1, 2].map((number) => t('defaults.option', { number }))
    : [];
  const added = execute(
    addField({ type, id, at, text: { label: t(`types.${type}`), optionLabels } }),
  );
  if (!added) return undefined;
  selectField(id);
  return id;
}

export function moveFieldTo(id: string, to: Position): boolean {
  return execute(moveField({ id, to }));
}

/**
 * Deletes a field, says what depended on it, and offers to take it back. Focus goes to
 * the next field, or the previous one, or its container.
 */
export function deleteField(id: string): void {
  const form = currentForm();
  const located = form && locateField(form, id);
  if (!form || !located) return;
  const list = located.parentId
    ? locateField(form, located.parentId)?.field.fields
    : form.pages[located.pageIndex]?.fields;
  const neighbour = list?.[located.index + 1] ?? list?.[located.index - 1];
  const dependents = conditionDependents(form, id).filter(
    (owner) => owner.kind === 'page' || !isInside(form, owner.id, id),
  );
  if (!execute(removeField({ id }))) return;
  const undoDeletion = undoOfLastChange();
  const label = displayLabel(located.field);
  notify({
    tone: 'info',
    messageKey: dependents.length > 0 ? 'form:deletedWithDependents' : 'form:deleted',
    params: { label, count: dependents.length },
    timeoutMs: 8000,
    action: { labelKey: 'common:actions.undo', run: undoDeletion },
  });
  const next = neighbour?.id ?? located.parentId;
  if (next) {
    selectField(next);
    focusRow(next);
  } else {
    // The page is now empty: keep the focus on it (its title box), not lost on the body.
    selectPage(located.pageId);
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-page-title-for="${CSS.escape(located.pageId)}"]`)
        ?.focus(),
    );
  }
}

function isInside(form: Form, id: string, containerId: string): boolean {
  return locateField(form, id)?.parentId === containerId;
}

export function duplicate(id: string): void {
  const copyId = newId();
  if (execute(duplicateField({ id, copyId }))) {
    selectField(copyId);
    focusRow(copyId);
  }
}

export function copyField(id: string): void {
  const field = currentForm() && locateField(currentForm()!, id)?.field;
  if (!field) return;
  useDesigner.setState({ clipboard: structuredClone(field) });
  notify({
    tone: 'success',
    messageKey: 'form:copied',
    params: { label: displayLabel(field) },
    timeoutMs: 3000,
  });
}

/** Pastes the copied field after the selection (or at the end of the form). */
export function pasteClipboard(): void {
  const { clipboard } = useDesigner.getState();
  const form = currentForm();
  if (!form) return;
  if (!clipboard) {
    notify({ tone: 'info', messageKey: 'form:nothingToPaste', timeoutMs: 4000 });
    return;
  }
  const copyId = newId();
  if (
    !execute(
      pasteField({ field: clipboard, copyId, at: placeAfterSelection(form, clipboard.type) }),
    )
  ) {
    return;
  }
  selectField(copyId);
  focusRow(copyId);
  // A condition reading a field this form lacks is dropped by the paste: say so.
  const pasted = locateField(currentForm()!, copyId)?.field;
  const dropped = pasted ? conditionCount(clipboard) - conditionCount(pasted) : 0;
  if (dropped > 0) {
    notify({
      tone: 'info',
      messageKey: 'form:pastedWithoutConditions',
      params: { count: dropped },
      timeoutMs: 8000,
    });
  }
}

/** How many display or requirement conditions a field and what it holds carry. */
function conditionCount(field: Field): number {
  const own = (field.visibleWhen ? 1 : 0) + (field.requiredWhen ? 1 : 0);
  return own + (field.fields ?? []).reduce((sum, child) => sum + conditionCount(child), 0);
}
