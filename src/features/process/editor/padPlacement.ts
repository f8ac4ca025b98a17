import type { Element, Shape } from 'bpmn-js/lib/model/Types';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type ContextPad from 'diagram-js/lib/features/context-pad/ContextPad';
import type { Box } from './freeSpot';

export interface PadPlace {
  left: number;
  top: number;
  scale: number;
}

/** Space between the element and its pad, in screen pixels. */
const GAP = 6;
/** The pad shrinks down to this before it may cover anything. */
const SCALES = [1, 0.8, 0.6] as const;

const intersection = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const inside = (box: Box, frame: Box) =>
  box.x >= frame.x &&
  box.y >= frame.y &&
  box.x + box.width <= frame.x + frame.width &&
  box.y + box.height <= frame.y + frame.height;

/** How far from its element the pad may go to find a free place, in pad widths. */
const REACH = 1.5;
/** Step of the search for a free place near the element, in screen pixels. */
const STEP = 6;

/** The distance between two boxes (0 when they touch or overlap). */
const distance = (a: Box, b: Box) =>
  Math.hypot(
    Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width)),
    Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height)),
  );

/** Places around `target` for a pad of this size, nearest first, never on the target. */
function placesAround(target: Box, width: number, height: number): { left: number; top: number }[] {
  const sides = [
    { left: target.x + target.width + GAP, top: target.y },
    { left: target.x + target.width + GAP, top: target.y + target.height - height },
    { left: target.x, top: target.y + target.height + GAP },
    { left: target.x, top: target.y - GAP - height },
    { left: target.x - GAP - width, top: target.y },
  ];
  const reach = width * REACH;
  const near: { left: number; top: number; away: number }[] = [];
  for (let left = target.x - width - reach; left <= target.x + target.width + reach; left += STEP) {
    for (
      let top = target.y - height - reach;
      top <= target.y + target.height + reach;
      top += STEP
    ) {
      const away = distance({ x: left, y: top, width, height }, target);
      if (away >= GAP && away <= reach) near.push({ left, top, away });
    }
  }
  near.sort((a, b) => a.away - b.away);
  return [...sides, ...near];
}

/**
 * Where the context pad of `target` goes so that it covers no other element (`obstacles`)
 * and stays within `frame`, all in screen pixels: beside the element on the right as
 * bpmn-js puts it, else below it, above it or on its left, else the free place nearest
 * the element, shrinking if there is none. When every place covers something, the
 * smallest pad goes where it covers least.
 */
export function placePad(
  target: Box,
  pad: { width: number; height: number },
  obstacles: readonly Box[],
  frame: Box,
): PadPlace {
  let fallback: { place: PadPlace; covered: number } | undefined;
  for (const scale of SCALES) {
    const width = pad.width * scale;
    const height = pad.height * scale;
    for (const { left, top } of placesAround(target, width, height)) {
      const box = { x: left, y: top, width, height };
      if (!inside(box, frame)) continue;
      const covered = obstacles.reduce((sum, obstacle) => sum + intersection(box, obstacle), 0);
      if (covered === 0) return { left, top, scale };
      if (scale === SCALES.at(-1) && (!fallback || covered < fallback.covered)) {
        fallback = { place: { left, top, scale }, covered };
      }
    }
  }
  const smallest = SCALES.at(-1) as number;
  return fallback?.place ?? { left: target.x + target.width + GAP, top: target.y, scale: smallest };
}

/** What of diagram-js's ContextPad this module changes: its private placement. */
interface PadInternals {
  _getPosition(target: unknown): { left?: number; top?: number };
  _current?: { html: HTMLElement };
}

const containers = new Set(['bpmn:Participant', 'bpmn:Lane']);

/**
 * diagram-js puts the context pad at a fixed size beside the element whatever the zoom,
 * so at a projector's zoom it covered the next step, bin included (a step was deleted
 * unnoticed). Its placement is replaced by `placePad`, read from what is on screen.
 */
export function keepPadClear(
  contextPad: ContextPad,
  canvas: Canvas,
  registry: ElementRegistry,
): void {
  const pad = contextPad as unknown as PadInternals;
  const original = pad._getPosition.bind(pad);
  pad._getPosition = (target) => {
    const position = original(target);
    const html = pad._current?.html;
    if (!html) return position;
    html.style.transformOrigin = 'top left';
    html.style.transform = '';
    const element = target as Element;
    if (Array.isArray(target) || element.waypoints || !html.offsetWidth) return position;
    const container = canvas.getContainer().getBoundingClientRect();
    const box = (rect: DOMRect): Box => ({
      x: rect.left - container.left,
      y: rect.top - container.top,
      width: rect.width,
      height: rect.height,
    });
    const root = canvas.getRootElement();
    const own = new Set<unknown>([root, element, element.label]);
    const obstacles = (registry.getAll() as Element[])
      .filter((other) => !own.has(other) && !other.waypoints && !containers.has(other.type))
      .map((other) => box(canvas.getGraphics(other as Shape).getBoundingClientRect()))
      .filter((other) => other.width > 0 && other.height > 0);
    const palette = canvas.getContainer().querySelector('.djs-palette');
    if (palette) obstacles.push(box(palette.getBoundingClientRect()));
    const place = placePad(
      box(canvas.getGraphics(element as Shape).getBoundingClientRect()),
      { width: html.offsetWidth, height: html.offsetHeight },
      obstacles,
      { x: 0, y: 0, width: container.width, height: container.height },
    );
    if (place.scale !== 1) html.style.transform = `scale(${place.scale})`;
    return { left: place.left, top: place.top };
  };
}
