import { create } from 'zustand';
import type { Field } from '../../../domain/form/schema';
import { useEditorStore } from '../../../state/editorStore';

export type DesignerSelection = { kind: 'field'; id: string } | { kind: 'page'; id: string };
export type PreviewMode = 'hidden' | 'side' | 'full';

/** The designer's session state: per browser, never in the document. */
interface DesignerState {
  selection?: DesignerSelection;
  /** A field copied, to paste in the same prototype (forgotten when another one opens). */
  clipboard?: Field;
  preview: PreviewMode;
}

const previewKey = 'fabrik:form-preview';

function storedPreview(): PreviewMode {
  try {
    return localStorage.getItem(previewKey) === 'side' ? 'side' : 'hidden';
  } catch {
    return 'hidden';
  }
}

export const useDesigner = create<DesignerState>()(() => ({ preview: storedPreview() }));

/**
 * The clipboard belongs to the prototype it was filled in: opening another one empties it,
 * so that a field copied there never lands here with conditions on fields of the other.
 * Closing and reopening the same prototype keeps it.
 */
let clipboardPrototypeId = useEditorStore.getState().prototype?.id;
useEditorStore.subscribe((state) => {
  const id = state.prototype?.id;
  if (id === undefined || id === clipboardPrototypeId) return;
  clipboardPrototypeId = id;
  if (useDesigner.getState().clipboard) useDesigner.setState({ clipboard: undefined });
});

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
