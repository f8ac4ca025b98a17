import { emptyProduction, productionOf } from '../../../domain/going-further/production/stored';
import { useEditorStore } from '../../../state/editorStore';

// A constant fallback: a selector must return the same object while nothing changed.
const none = emptyProduction();

/** The open prototype's production part, empty until something is recorded. */
export const useProduction = () =>
  useEditorStore((state) => (state.prototype && productionOf(state.prototype)) ?? none);
