import { memo } from 'react';
import { startKeyboardMove } from '../dnd/keyboardMove';

interface DragHandleProps {
  id: string;
  label: string;
}

/**
 * The handle that moves a field: pressed and dragged (the canvas's FieldDragArea starts
 * the drag), or activated from the keyboard to choose a place with the arrows.
 */
export const DragHandle = memo(function DragHandle({ id, label }: DragHandleProps) {
  return (
    <button
      type="button"
      className="fd-row__handle"
      aria-label={label}
      aria-describedby="fd-move-instructions"
      data-handle-for={id}
      onClick={(event) => {
        if (event.detail === 0) startKeyboardMove({ kind: 'existing', id });
      }}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
});
