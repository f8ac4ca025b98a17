import { describe, expect, it } from 'vitest';
import type { Element } from 'diagram-js/lib/model/Types';
import { drawnBounds } from '../../../src/features/process/editor/elementBoundsCanvas';

const root = { id: 'Process' } as Element;
const shape = (id: string, x: number, y: number, width: number, height: number, parent = root) =>
  ({ id, x, y, width, height, parent }) as unknown as Element;
const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('drawnBounds (the drawing’s extent, from the elements, without a browser layout)', () => {
  it('spans the shapes, their labels and the flows’ waypoints under the root shown', () => {
    const start = shape('Start', 100, 120, 36, 36);
    const label = shape('Start_label', 80, 163, 80, 27);
    const task = shape('Task', 400, 98, 100, 80);
    const flow = {
      id: 'Flow',
      parent: root,
      waypoints: [
        { x: 136, y: 138 },
        { x: 250, y: 60 },
        { x: 400, y: 60 },
      ],
    } as unknown as Element;

    expect(drawnBounds([root, start, label, task, flow], root)).toEqual(box(80, 60, 420, 130));
  });

  it('leaves out what is drawn on another plane (a collapsed sub-process’s inside)', () => {
    const otherPlane = { id: 'Sub_plane' } as Element;
    const inside = shape('Inside', 5000, 5000, 100, 80, otherPlane);
    const nested = shape('Nested', 9000, 9000, 10, 10, inside);
    const task = shape('Task', 400, 98, 100, 80);

    expect(drawnBounds([root, otherPlane, inside, nested, task], root)).toEqual(
      box(400, 98, 100, 80),
    );
  });

  it('is empty when nothing is drawn', () => {
    expect(drawnBounds([root], root)).toEqual(box(0, 0, 0, 0));
  });
});
