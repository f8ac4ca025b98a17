import { describe, expect, it } from 'vitest';
import { freeSpot } from '../../../src/features/process/editor/freeSpot';

const task = { width: 100, height: 80 };

describe('freeSpot (where an element created from the keyboard goes)', () => {
  it('takes the free spot nearest the centre of the view, inside the area', () => {
    const lane = { x: 0, y: 0, width: 600, height: 100 };
    const spot = freeSpot([lane], [], task, { x: 300, y: 50 });
    expect(spot.y).toBe(50);
    expect(Math.abs(spot.x - 300)).toBeLessThanOrEqual(60);
  });

  it('never covers an element already there', () => {
    const lane = { x: 0, y: 0, width: 600, height: 100 };
    const other = { x: 200, y: 10, width: 200, height: 80 };
    const spot = freeSpot([lane], [other], task, { x: 300, y: 50 });
    const box = { x: spot.x - 50, y: spot.y - 40, ...task };
    const apart = box.x + box.width <= other.x || other.x + other.width <= box.x;
    expect(apart).toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(600);
  });

  it('stays inside one lane, never across two', () => {
    const lanes = [
      { x: 0, y: 0, width: 400, height: 100 },
      { x: 0, y: 100, width: 400, height: 100 },
    ];
    const spot = freeSpot(lanes, [], task, { x: 200, y: 100 });
    const top = spot.y - 40;
    const inOne = lanes.some((l) => top >= l.y && top + 80 <= l.y + l.height);
    expect(inOne).toBe(true);
  });

  it('falls back to the centre, kept inside the area, when everything is taken', () => {
    const lane = { x: 0, y: 0, width: 300, height: 100 };
    const spot = freeSpot([lane], [lane], task, { x: 1000, y: 1000 });
    expect(spot.x).toBeLessThanOrEqual(300 - 50);
    expect(spot.y).toBeLessThanOrEqual(100 - 40);
  });
});
