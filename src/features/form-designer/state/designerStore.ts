import { create } from 'zustand';
import type { Field } from '../../../domain/form/schema';
import { mainFormSlot, type FormSlot } from '../../../domain/going-further/adoption/formSlots';

export type DesignerSelection = { kind: 'field'; id: string } | { kind: 'page'; id: string };
export type PreviewMode = 'hidden' | 'side' | 'full';

/** The designer's session state: per browser, never in the document. */
interface DesignerState {
  selection?: DesignerSelection;
  /** A field copied, to paste here or in another prototype. */
  clipboard?: Field;
  preview: PreviewMode;
  /** Which form is designed: the prototype's own, or a questionnaire or evaluation form. */
  slot: FormSlot;
}

const previewKey = 'fabrik:form-preview';

function storedPreview(): PreviewMode {
  try {
    return localStorage.getItem(previewKey) === 'side' ? 'side' : 'hidden';
  } catch {
    return 'hidden';
  }
}

export const useDesigner = create<DesignerState>()(() => ({
  preview: storedPreview(),
  slot: mainFormSlot,
}));

export function selectInDesigner(selection: DesignerSelection | undefined): void {
  useDesigner.setState({ selection });
}

export function setPreview(preview: PreviewMode): void {
  useDesigner.setState({ preview });
  // Full screen is for a moment; beside or hidden is how the referent likes to work.
  if (preview === 'full') return;
  try {
    localStorage.setItem(previewKey, preview);
  } catch {
    // Remembered until the tab closes.
  }
}
