import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { startKeyboardMove } from '../dnd/keyboardMove';

interface DragHandleProps {
  id: string;
  label: string;
}

/**
 * The handle that moves a field, by pointer (dnd-kit) or keyboard. It is the only part of
 * a row that listens to the drag, and it renders nothing that depends on it.
 */
export const DragHandle = memo(function DragHandle({ id, label }: DragHandleProps) {
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: `field:${id}`,
    data: { source: { kind: 'existing', id } },
  });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className="fd-row__handle"
      aria-label={label}
      aria-describedby="fd-move-instructions"
      data-handle-for={id}
      data-dragging={isDragging || undefined}
      {...listeners}
      onClick={(event) => {
        if (event.detail === 0) startKeyboardMove({ kind: 'existing', id });
      }}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
});
