import { describe, expect, it } from 'vitest';
import {
  viewBoxOf,
  viewShowing,
  viewZoomed,
} from '../../../src/features/process/editor/elementBoundsCanvas';

const size = { width: 800, height: 400 };
/** Where a diagram point is drawn in the canvas under `view`. */
const drawn = (view: { scale: number; x: number; y: number }, point: { x: number; y: number }) => ({
  x: point.x * view.scale + view.x,
  y: point.y * view.scale + view.y,
});

describe('the canvas’s view (zoom and scroll) as the svg’s viewBox', () => {
  it('shows a box whole from its top left corner, at the scale of its tighter side', () => {
    const view = viewShowing({ x: 100, y: 50, width: 1600, height: 400 }, size);
    expect(view.scale).toBe(0.5);
    expect(drawn(view, { x: 100, y: 50 })).toEqual({ x: 0, y: 0 });
    expect(viewBoxOf(view, size)).toBe('100 50 1600 800');
  });

  it('keeps the point under the zoom’s centre where it was', () => {
    const view = { scale: 0.75, x: 55, y: -59 };
    const center = { x: 300, y: 200 };
    const under = { x: (center.x - view.x) / view.scale, y: (center.y - view.y) / view.scale };
    const zoomed = viewZoomed(view, 1.5, center);
    expect(zoomed.scale).toBe(1.5);
    expect(drawn(zoomed, under).x).toBeCloseTo(center.x, 9);
    expect(drawn(zoomed, under).y).toBeCloseTo(center.y, 9);
  });

  it('zooms from the diagram’s origin when given no centre (diagram-js’s `zoom(scale, null)`)', () => {
    expect(viewZoomed({ scale: 1, x: 40, y: 40 }, 2)).toEqual({ scale: 2, x: 0, y: 0 });
  });

  it('spans the canvas’s size at the view’s scale, starting where the view starts', () => {
    expect(viewBoxOf({ scale: 2, x: -100, y: 60 }, size)).toBe('50 -30 400 200');
  });
});
