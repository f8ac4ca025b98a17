export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room left around a placed element, so that it does not touch its neighbours. */
const GAP = 20;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP &&
  b.x < a.x + a.width + GAP &&
  a.y < b.y + b.height + GAP &&
  b.y < a.y + a.height + GAP;

/**
 * Where to put an element of `size` wholly inside one of `areas` (the lanes of a pool)
 * without covering any of `taken`: the free spot closest to `near` on a grid of the
 * element's size, or `near` itself (clamped into the first area) when they are full.
 * Returns the element's centre, as bpmn-js expects.
 */
export function freeSpot(
  areas: readonly Box[],
  taken: readonly Box[],
  size: { width: number; height: number },
  near: { x: number; y: number },
): { x: number; y: number } {
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  const candidates: { x: number; y: number; distance: number }[] = [];
  for (const area of areas) {
    const { minX, maxX, minY, maxY } = inside(area, size);
    for (let x = minX; x <= maxX; x += stepX) {
      for (let y = minY; y <= maxY; y += stepY) {
        const box = { x: x - size.width / 2, y: y - size.height / 2, ...size };
        if (taken.some((other) => overlaps(box, other))) continue;
        candidates.push({ x, y, distance: Math.hypot(x - near.x, y - near.y) });
      }
    }
  }
  candidates.sort((a, b) => a.distance - b.distance);
  const [best] = candidates;
  if (best) return { x: best.x, y: best.y };
  const [first] = areas;
  if (!first) return near;
  const { minX, maxX, minY, maxY } = inside(first, size);
  const clamp = (value: number, low: number, high: number) =>
    low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high);
  return { x: clamp(near.x, minX, maxX), y: clamp(near.y, minY, maxY) };
}

/** Room left inside an area's border (a lane is often just taller than a task). */
const MARGIN = 10;

/** The range of centres that keep an element of `size` inside `area`, off its border. */
function inside(area: Box, size: { width: number; height: number }) {
  return {
    minX: area.x + MARGIN + size.width / 2,
    maxX: area.x + area.width - MARGIN - size.width / 2,
    minY: area.y + MARGIN + size.height / 2,
    maxY: area.y + area.height - MARGIN - size.height / 2,
  };
}
