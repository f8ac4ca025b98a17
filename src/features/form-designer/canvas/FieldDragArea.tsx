import { useDraggable } from '@dnd-kit/core';
import type { PointerEvent, ReactNode } from 'react';
import type { DragSource } from '../../../domain/form/drop';

/** The field whose handle was last pressed: what the canvas's one draggable carries. */
let pressed: string | undefined;

/** Read by the drag's start through `active.data`, at the moment dnd-kit asks. */
const data = {
  get source(): DragSource | undefined {
    return pressed === undefined ? undefined : { kind: 'existing', id: pressed };
  },
};

/**
 * One draggable for every field of the canvas: a press on a row's handle lends it that
 * handle. With no drag hook in the rows, starting or ending a drag re-renders none of them
 * (a thousand `useDraggable` would each re-render at both ends of every drag).
 */
export function FieldDragArea({ children }: { children: ReactNode }) {
  const { setNodeRef, listeners } = useDraggable({ id: 'canvas-field', data });
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-handle-for]');
    if (!handle) return;
    pressed = handle.dataset.handleFor;
    setNodeRef(handle);
    listeners?.onPointerDown?.(event);
  };
  return <div onPointerDown={onPointerDown}>{children}</div>;
}
