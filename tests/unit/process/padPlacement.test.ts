import { describe, expect, it } from 'vitest';
import { placePad } from '../../../src/features/process/editor/padPlacement';
import type { Box } from '../../../src/features/process/editor/freeSpot';

const frame = { x: 0, y: 0, width: 1000, height: 500 };
const pad = { width: 72, height: 100 };

const boxOf = (place: { left: number; top: number; scale: number }): Box => ({
  x: place.left,
  y: place.top,
  width: pad.width * place.scale,
  height: pad.height * place.scale,
});
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placePad (the context pad covers no other element)', () => {
  const task = { x: 300, y: 200, width: 46, height: 38 };

  it('stays beside the element, full size, where bpmn-js puts it when that is free', () => {
    expect(placePad(task, pad, [], frame)).toEqual({ left: 352, top: 200, scale: 1 });
  });

  it('moves off the next step, which sits where bpmn-js would put it', () => {
    const next = { x: 369, y: 200, width: 46, height: 38 };
    const place = placePad(task, pad, [next], frame);
    expect(overlap(boxOf(place), next)).toBe(false);
    expect(overlap(boxOf(place), task)).toBe(false);
  });

  it('shrinks when no side has room for the full pad', () => {
    const around = [
      { x: 369, y: 0, width: 600, height: 500 },
      { x: 0, y: 0, width: 290, height: 500 },
      { x: 290, y: 0, width: 79, height: 120 },
      { x: 290, y: 322, width: 79, height: 178 },
    ];
    const place = placePad(task, pad, around, frame);
    expect(place.scale).toBeLessThan(1);
    for (const obstacle of around) expect(overlap(boxOf(place), obstacle)).toBe(false);
  });

  it('stays inside the diagram’s frame', () => {
    const atEdge = { x: 940, y: 450, width: 46, height: 38 };
    const place = placePad(atEdge, pad, [], frame);
    const box = boxOf(place);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.width);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.height);
  });
});
