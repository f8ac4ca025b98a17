import { useEffect } from 'react';
import { locateField } from '../../domain/form/fields';
import { useEditorStore } from '../../state/editorStore';
import { select, useSelection } from '../../state/selection';
import { displayLabel } from './actions';
import { useDesigner } from './state/designerStore';

/**
 * Keeps the app's selection (read by quick exception capture) on the designer's selected
 * field, with its current label. A component of its own, so that following the label
 * re-renders nothing else.
 */
export function SelectionSync(): null {
  const id = useDesigner((state) =>
    state.selection?.kind === 'field' ? state.selection.id : undefined,
  );
  const label = useEditorStore((state) => {
    const field = id && state.prototype ? locateField(state.prototype.form, id)?.field : undefined;
    return field ? displayLabel(field) : undefined;
  });
  // The step is set by the route after this screen mounts, and clears the selection.
  const step = useSelection((state) => state.step);
  useEffect(() => {
    if (step !== 'form') return;
    select(id && label !== undefined ? { kind: 'field', id, label } : undefined);
  }, [id, label, step]);
  return null;
}
