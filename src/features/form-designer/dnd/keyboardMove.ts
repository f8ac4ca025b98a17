import { dropSlots, isSamePlace, type DragSource } from '../../../domain/form/drop';
import { locateField } from '../../../domain/form/fields';
import type { Form } from '../../../domain/form/schema';
import { samePosition, type Position } from '../../../domain/form/tree';
import { designedForm } from '../state/designedForm';
import { i18n } from '../../../ui/i18n/i18n';
import {
  addFieldAt,
  displayLabel,
  focusLabelBox,
  focusRow,
  moveFieldTo,
  placeAfterSelection,
} from '../actions';
import { announce } from '../state/announcer';
import { clearDrag, useDrag } from '../state/dragStore';
import { describePlace } from './describePlace';

const t = i18n.t.bind(i18n);
const form = (): Form | undefined => designedForm();

function sourceName(current: Form, source: DragSource): string {
  if (source.kind === 'new') return t(`form:types.${source.type}`);
  const field = locateField(current, source.id)?.field;
  return field ? displayLabel(field) : '';
}

function placeText(current: Form, source: DragSource, slot: Position): string {
  if (source.kind === 'existing' && isSamePlace(current, source.id, slot))
    return t('form:move.here');
  return describePlace(t, current, slot, source.kind === 'existing' ? source.id : undefined);
}

function show(current: Form, source: DragSource, slot: Position) {
  useDrag.setState({
    target: {
      slot,
      samePlace: source.kind === 'existing' && isSamePlace(current, source.id, slot),
    },
  });
}

/**
 * Picks up a palette type or a field with the keyboard: the arrows then walk through the
 * places where it may go (the domain's drop slots), Enter drops, Escape cancels.
 */
export function startKeyboardMove(source: DragSource): void {
  const current = form();
  if (!current) return;
  const slots = dropSlots(current, source);
  if (slots.length === 0) {
    announce(t('form:move.noPlace'));
    return;
  }
  const start = source.kind === 'existing' ? locateField(current, source.id)! : undefined;
  const wanted = start
    ? { pageId: start.pageId, parentId: start.parentId, index: start.index }
    : placeAfterSelection(current, source.kind === 'new' ? source.type : undefined);
  const found = slots.findIndex((slot) => samePosition(slot, wanted));
  const slot = slots[found >= 0 ? found : slots.length - 1]!;
  useDrag.setState({ source, mode: 'keyboard', slots });
  show(current, source, slot);
  const place = placeText(current, source, slot);
  announce(
    source.kind === 'new'
      ? t('form:move.pickNew', { type: sourceName(current, source), place })
      : t('form:move.pickExisting', { label: sourceName(current, source), place }),
  );
}

export function stepKeyboardMove(step: number | 'first' | 'last'): void {
  const { source, slots, target } = useDrag.getState();
  const current = form();
  if (!source || !slots || !target || !current) return;
  const at = slots.findIndex((slot) => samePosition(slot, target.slot));
  const next =
    step === 'first'
      ? 0
      : step === 'last'
        ? slots.length - 1
        : Math.min(slots.length - 1, Math.max(0, at + step));
  const slot = slots[next]!;
  show(current, source, slot);
  announce(placeText(current, source, slot));
}

export function cancelKeyboardMove(): void {
  if (useDrag.getState().mode !== 'keyboard') return;
  clearDrag();
  announce(t('form:move.cancelled'));
}

/** Drops where the keyboard move stands. */
export function dropKeyboardMove(): void {
  const { source, target } = useDrag.getState();
  const current = form();
  clearDrag();
  if (!source || !target || !current) return;
  const place = placeText(current, source, target.slot);
  if (source.kind === 'new') {
    const id = addFieldAt(source.type, target.slot);
    if (id) {
      announce(t('form:move.added', { label: sourceName(current, source), place }));
      focusLabelBox();
    }
    return;
  }
  const label = sourceName(current, source);
  if (target.samePlace) announce(t('form:move.unchanged', { label }));
  else if (moveFieldTo(source.id, target.slot)) announce(t('form:move.moved', { label, place }));
  focusRow(source.id, 'handle');
}
