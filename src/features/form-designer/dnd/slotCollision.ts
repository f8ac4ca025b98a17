import type { Collision, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { validateDrop, isSamePlace, type DragSource } from '../../../domain/form/drop';
import type { Form } from '../../../domain/form/schema';
import type { Position } from '../../../domain/form/tree';
import type { DropTarget } from '../state/dragStore';

/** What each list registers as droppable: the list it is. */
export interface ListData {
  list: { pageId: string; parentId?: string };
}

interface Point {
  x: number;
  y: number;
}

/** The rows of a list, in order (rows of nested lists are theirs, not this one's). */
function rowsOf(listNode: HTMLElement): HTMLElement[] {
  const list = listNode.querySelector(':scope > ol');
  return list
    ? [...list.children].filter(
        (child): child is HTMLElement => child instanceof HTMLElement && !!child.dataset.rowId,
      )
    : [];
}

/** The gap under a vertical position: before the first row whose middle is below it. */
export function gapAt(listNode: HTMLElement, y: number): number {
  const rows = rowsOf(listNode);
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const rect = rows[middle]!.getBoundingClientRect();
    if (rect.top + rect.height / 2 > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

function contains(rect: DOMRect, point: Point): boolean {
  return (
    point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom
  );
}

/** How far above or below a page's list a drop still goes to its start or end, in CSS pixels. */
export const PAGE_MARGIN = 120;

const distanceY = (rect: DOMRect, y: number) =>
  y < rect.top ? rect.top - y : y > rect.bottom ? y - rect.bottom : 0;

/** The drop target under a point: the innermost list that accepts the source there. */
export function targetAt(
  form: Form,
  source: DragSource,
  containers: readonly DroppableContainer[],
  point: Point,
): { container: DroppableContainer; target: DropTarget } | undefined {
  const lists = containers
    .map((container) => ({
      container,
      node: container.node.current,
      data: container.data.current as ListData | undefined,
    }))
    .filter((candidate) => candidate.node && candidate.data?.list)
    .map((candidate) => ({ ...candidate, rect: candidate.node!.getBoundingClientRect() }));
  let candidates = lists
    .filter((candidate) => contains(candidate.rect, point))
    .sort((a, b) => a.rect.width * a.rect.height - b.rect.width * b.rect.height);
  // Just below a page's last field (or above its first), beside the list itself: a drop aimed
  // at the end of the form near the screen's edge, or a column that scrolled a little under it,
  // still lands at that end rather than nowhere.
  if (candidates.length === 0) {
    const nearest = lists
      .filter(
        ({ data, rect }) => !data!.list.parentId && point.x >= rect.left && point.x <= rect.right,
      )
      .filter(({ rect }) => distanceY(rect, point.y) <= PAGE_MARGIN)
      .sort((a, b) => distanceY(a.rect, point.y) - distanceY(b.rect, point.y))[0];
    candidates = nearest ? [nearest] : [];
  }
  let refused: { container: DroppableContainer; target: DropTarget } | undefined;
  for (const candidate of candidates) {
    const slot: Position = { ...candidate.data!.list, index: gapAt(candidate.node!, point.y) };
    const refusal = validateDrop(form, source, slot);
    const samePlace = source.kind === 'existing' && isSamePlace(form, source.id, slot);
    const found = { container: candidate.container, target: { slot, refusal, samePlace } };
    if (!refusal) return found;
    refused ??= found;
  }
  return refused;
}

/**
 * dnd-kit's collision detection, replaced: the lists are the droppables, and the place in
 * a list comes from the pointer and the rows' positions read from the page. Rows need no
 * droppable of their own, so a drag does not re-render them.
 */
export function slotCollision(getForm: () => Form | undefined): CollisionDetection {
  return ({ active, droppableContainers, pointerCoordinates, collisionRect }) => {
    const form = getForm();
    const source = (active.data.current as { source?: DragSource } | undefined)?.source;
    if (!form || !source) return [];
    const point = pointerCoordinates ?? {
      x: collisionRect.left + collisionRect.width / 2,
      y: collisionRect.top + collisionRect.height / 2,
    };
    const found = targetAt(form, source, droppableContainers, point);
    if (!found) return [];
    const collision: Collision = {
      id: found.container.id,
      data: { droppableContainer: found.container, target: found.target },
    };
    return [collision];
  };
}
