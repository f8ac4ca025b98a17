import { create } from 'zustand';
import type { DragSource, DropRefusal } from '../../../domain/form/drop';
import type { Position } from '../../../domain/form/tree';

/** Where a drag would drop now, and whether it may. */
export interface DropTarget {
  slot: Position;
  refusal?: DropRefusal;
  /** The dragged field would stay where it is. */
  samePlace?: boolean;
}

/**
 * The gesture under way, by pointer or keyboard. Only the drop markers and the drag
 * preview read it, so a move re-renders neither the rows nor the canvas.
 */
interface DragState {
  source?: DragSource;
  mode?: 'pointer' | 'keyboard';
  target?: DropTarget;
  /** Keyboard moves walk through these places. */
  slots?: Position[];
}

export const useDrag = create<DragState>()(() => ({}));

export function listKey(list: { pageId: string; parentId?: string }): string {
  return list.parentId ? `${list.pageId}/${list.parentId}` : list.pageId;
}

export function clearDrag(): void {
  useDrag.setState({ source: undefined, mode: undefined, target: undefined, slots: undefined });
}

export function setDropTarget(target: DropTarget | undefined): void {
  const current = useDrag.getState().target;
  const same =
    current === target ||
    (current &&
      target &&
      listKey(current.slot) === listKey(target.slot) &&
      current.slot.index === target.slot.index &&
      current.refusal === target.refusal &&
      current.samePlace === target.samePlace);
  if (!same) useDrag.setState({ target });
}
