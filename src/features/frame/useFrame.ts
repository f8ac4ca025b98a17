import { emptyFrame, emptyImpacts } from '../../domain/frame/empty';
import { useEditorStore } from '../../state/editorStore';

// Constant fallbacks: a selector must return the same object while nothing changed.
const noFrame = emptyFrame();
const noImpacts = emptyImpacts();

/** The open prototype's frame, empty while nothing is answered. */
export const useFrame = () => useEditorStore((state) => state.prototype?.frame ?? noFrame);

export const useImpacts = () => useEditorStore((state) => state.prototype?.impacts ?? noImpacts);
