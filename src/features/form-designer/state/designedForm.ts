import type { Command } from '../../../domain/commands';
import type { Form } from '../../../domain/form/schema';
import {
  onFormSlot,
  sameSlot,
  slotForm,
  type FormSlot,
} from '../../../domain/going-further/adoption/formSlots';
import { execute as executeOnPrototype } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { useDesigner } from './designerStore';

/**
 * The one binding of the designer to its form. Everything in the designer reads the form
 * through `designedForm`/`useDesignedForm` and changes it through `execute`, so the same
 * screens design the prototype's form or another one (a training questionnaire, the
 * evaluation form) without a copy of any of them.
 */

/** The form being designed, now (for handlers). */
export function designedForm(): Form | undefined {
  const prototype = useEditorStore.getState().prototype;
  return prototype ? slotForm(prototype, useDesigner.getState().slot) : undefined;
}

/** The form being designed, kept up to date (for components). */
export function useDesignedForm(): Form | undefined {
  const slot = useDesigner((state) => state.slot);
  return useEditorStore((state) => (state.prototype ? slotForm(state.prototype, slot) : undefined));
}

/** Runs a form command on the form being designed, through the store's undo history. */
export function execute(command: Command, at?: number): boolean {
  return executeOnPrototype(onFormSlot(useDesigner.getState().slot, command), at);
}

/** Switches the designer to another form: the selection belonged to the previous one. */
export function designSlot(slot: FormSlot): void {
  if (sameSlot(useDesigner.getState().slot, slot)) return;
  useDesigner.setState({ slot, selection: undefined });
}
