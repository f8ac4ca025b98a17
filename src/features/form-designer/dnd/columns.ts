/**
 * When the designer shows palette, canvas and properties as columns of the viewport's
 * height, each scrolling by itself (the same query as in designer.css).
 */
export const COLUMNS_QUERY = '(min-width: 64.01rem) and (min-height: 30rem)';

/**
 * Which containers a drag may scroll when the pointer nears their edge. In columns, never
 * the page: everything is already in the viewport, and a page that scrolls under a drop
 * aimed near the screen's edge makes it miss. In one column (narrow screen, high zoom) the
 * page is the only way from the palette down to the canvas.
 */
export function canAutoScroll(element: Element): boolean {
  if (element !== document.scrollingElement) return true;
  return typeof window.matchMedia !== 'function' || !window.matchMedia(COLUMNS_QUERY).matches;
}

/**
 * dnd-kit's auto-scroll: a narrow band at a column's edge (its default is a fifth of the
 * column's height, where many drops are aimed).
 */
export const autoScroll = { canScroll: canAutoScroll, threshold: { x: 0, y: 0.08 } };
