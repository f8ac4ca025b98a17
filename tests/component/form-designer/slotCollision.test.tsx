import type { DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { targetAt } from '../../../src/features/form-designer/dnd/slotCollision';
import { field, page } from '../../unit/form/builders';

/** A list of rows laid out from `top`, each 50 px high, 400 px wide from x = 100. */
function list(id: string, pageId: string, rows: string[], top: number): DroppableContainer {
  const rect = (y: number, height: number) =>
    ({
      top: y,
      bottom: y + height,
      left: 100,
      right: 500,
      width: 400,
      height,
      x: 100,
      y,
    }) as DOMRect;
  const node = document.createElement('div');
  const ol = document.createElement('ol');
  rows.forEach((rowId, index) => {
    const li = document.createElement('li');
    li.dataset.rowId = rowId;
    li.getBoundingClientRect = () => rect(top + index * 50, 50);
    ol.append(li);
  });
  node.append(ol);
  // The list's own padding below its rows.
  node.getBoundingClientRect = () => rect(top, rows.length * 50 + 20);
  return {
    id,
    key: id,
    data: { current: { list: { pageId } } },
    disabled: false,
    node: { current: node },
    rect: { current: null },
  } as DroppableContainer;
}

const form = { pages: [page('p1', [field('a'), field('b')]), page('p2', [field('c')])] };
const lists = [list('l1', 'p1', ['a', 'b'], 100), list('l2', 'p2', ['c'], 400)];
const source = { kind: 'new', type: 'date' } as const;

describe('where a drop lands', () => {
  it('lands in the list under the pointer, at the gap nearest', () => {
    expect(targetAt(form, source, lists, { x: 300, y: 103 })?.target.slot).toEqual({
      pageId: 'p1',
      index: 0,
    });
    expect(targetAt(form, source, lists, { x: 300, y: 190 })?.target.slot).toEqual({
      pageId: 'p1',
      index: 2,
    });
  });

  it('lands at the end of a page when aimed just below its last field, outside the list', () => {
    // The list ends at 220: a column that scrolled a little, or an aim near the screen's edge.
    expect(targetAt(form, source, lists, { x: 300, y: 280 })?.target.slot).toEqual({
      pageId: 'p1',
      index: 2,
    });
    // Nearer to the second page's list: its start.
    expect(targetAt(form, source, lists, { x: 300, y: 380 })?.target.slot).toEqual({
      pageId: 'p2',
      index: 0,
    });
    expect(targetAt(form, source, lists, { x: 300, y: 560 })?.target.slot).toEqual({
      pageId: 'p2',
      index: 1,
    });
  });

  it('lands nowhere beside the form or far from it', () => {
    expect(targetAt(form, source, lists, { x: 50, y: 150 })).toBeUndefined();
    expect(targetAt(form, source, lists, { x: 300, y: 800 })).toBeUndefined();
  });
});
