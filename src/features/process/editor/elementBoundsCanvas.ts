import Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element } from 'diagram-js/lib/model/Types';
import { getBBox } from 'diagram-js/lib/util/Elements';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Point {
  x: number;
  y: number;
}

/**
 * What the canvas shows: diagram point p is drawn at p × scale + (x, y) in the canvas.
 * diagram-js only ever scales evenly and translates, never rotates or skews.
 */
export interface View {
  scale: number;
  x: number;
  y: number;
}

const identity: View = { scale: 1, x: 0, y: 0 };

/** The view that shows `box` in a canvas of `size`, whole, from its top left corner. */
export function viewShowing(box: Bounds, size: { width: number; height: number }): View {
  const scale = Math.min(size.width / box.width, size.height / box.height);
  return { scale, x: -box.x * scale, y: -box.y * scale };
}

/** The view at `scale`, with the canvas point `center` (if any) still on the same diagram point. */
export function viewZoomed(view: View, scale: number, center?: Point): View {
  if (!center) return { scale, x: 0, y: 0 };
  const ratio = scale / view.scale;
  return {
    scale,
    x: center.x - (center.x - view.x) * ratio,
    y: center.y - (center.y - view.y) * ratio,
  };
}

/** The SVG `viewBox` that draws `view` in a canvas of `size`. */
export function viewBoxOf(view: View, size: { width: number; height: number }): string {
  const { scale, x, y } = view;
  return [-x / scale, -y / scale, size.width / scale, size.height / scale].join(' ');
}

const topOf = (element: Element): Element => {
  let top = element;
  while (top.parent) top = top.parent;
  return top;
};

/**
 * The extent of what is drawn under `root`, from the elements' own bounds (a connection's
 * from its waypoints, a label's from its box); an empty root has none.
 */
export function drawnBounds(elements: readonly Element[], root: object): Bounds {
  const drawn = elements.filter((element) => element !== root && topOf(element) === root);
  if (drawn.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  return getBBox(drawn as Element[]);
}

/** diagram-js's canvas's own members this class works with (not in its typings). */
interface CanvasInternals {
  _svg: SVGSVGElement;
  _rootElement: Element | null | undefined;
  _cachedViewbox: ReturnType<Canvas['viewbox']> | null | undefined;
  _changeViewbox(change: () => void): void;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * diagram-js's canvas, drawn and measured without making the browser do more than once
 * what it has to do anyway:
 * - the view (zoom and scroll) is the `viewBox` of the canvas's `<svg>`, where diagram-js
 *   puts a transform on the group holding every shape. Under such a group Chromium does
 *   not skip the shapes outside the screen: each frame that repainted the diagram painted
 *   all of it (about 20 ms with 1 000 elements, where the ~50 shapes on screen take 2);
 * - the drawing's extent (the viewbox's `inner`) is taken from the elements' bounds
 *   rather than from the SVG's getBBox, which lays out every shape at once;
 * - the container's size is read once and kept until `resized()`, rather than read from
 *   the page in every viewbox computation (each import, fit, zoom and
 *   `canvas.viewbox.changed`): each read in the middle of an import or a fit laid out all
 *   the shapes drawn so far.
 * The size is kept right by `resized()`, which diagram-js asks its host to call when the
 * container changes size: `createDiagramEditor` does so from a ResizeObserver.
 */
export class ElementBoundsCanvas extends Canvas {
  static override $inject = ['config.canvas', 'eventBus', 'graphicsFactory', 'elementRegistry'];

  private readonly elements: ElementRegistry;
  private size: ReturnType<Canvas['getSize']> | undefined;
  /** Undefined until diagram-js first sets a view: the `<svg>` then draws as it is. */
  private view: View | undefined;

  constructor(...args: ConstructorParameters<typeof Canvas>) {
    super(...args);
    this.elements = args[3];
  }

  private get internals(): CanvasInternals {
    return this as unknown as CanvasInternals;
  }

  override getSize(): ReturnType<Canvas['getSize']> {
    this.size ??= super.getSize();
    return { ...this.size };
  }

  override resized(): void {
    this.size = undefined;
    // The viewBox spans the canvas's size: the same view needs another one, drawn before
    // diagram-js's listeners are told (after a destroy there is nothing left to draw).
    if (this.view && this.internals._svg) this.show(this.view);
    super.resized();
  }

  override viewbox(box?: Parameters<Canvas['viewbox']>[0]): ReturnType<Canvas['viewbox']> {
    const internals = this.internals;
    if (box) {
      internals._changeViewbox(() => {
        this.show(viewShowing(box, this.getSize()));
      });
      return box as ReturnType<Canvas['viewbox']>;
    }
    if (box === undefined && internals._cachedViewbox)
      return structuredClone(internals._cachedViewbox);
    const outer = this.getSize();
    const root = internals._rootElement;
    const inner = root
      ? drawnBounds(this.elements.getAll() as Element[], root)
      : { x: 0, y: 0, width: 0, height: 0 };
    const { scale: exactScale, x, y } = this.view ?? identity;
    const scale = round(exactScale);
    const computed = {
      x: round(-x) ? round(-x) / scale : 0,
      y: round(-y) ? round(-y) / scale : 0,
      width: outer.width / scale,
      height: outer.height / scale,
      scale,
      inner,
      outer,
    };
    internals._cachedViewbox = computed;
    return structuredClone(computed);
  }

  override scroll(delta?: Parameters<Canvas['scroll']>[0]): Point {
    const view = this.view ?? identity;
    if (!delta) return { x: view.x, y: view.y };
    const moved = { scale: view.scale, x: view.x + (delta.dx ?? 0), y: view.y + (delta.dy ?? 0) };
    let kept = view;
    this.internals._changeViewbox(() => {
      kept = this.show(moved);
    });
    return { x: kept.x, y: kept.y };
  }

  /** Called by diagram-js's `zoom`, inside its own `_changeViewbox`: returns the matrix. */
  _setZoom(scale: number, center?: Point | null): { a: number; e: number; f: number } {
    const view = this.show(viewZoomed(this.view ?? identity, scale, center ?? undefined));
    return { a: view.scale, e: view.x, f: view.y };
  }

  /**
   * Draws `view` and returns the view kept. One that cannot be drawn (a fit computed in a
   * canvas of no size: scale 0) is refused, so that what `viewbox()` says is always what
   * is drawn.
   */
  private show(view: View): View {
    const drawable = [view.scale, view.x, view.y].every(Number.isFinite) && view.scale > 0;
    if (!drawable) return this.view ?? identity;
    this.view = view;
    const size = this.getSize();
    // A canvas not laid out (hidden) has no size to span: it is drawn once resized.
    if (!(size.width > 0 && size.height > 0)) return view;
    const svg = this.internals._svg;
    // The <svg> takes exactly the size the viewBox spans: as 100 % of its container, a
    // fraction of a pixel less would shrink the drawing (18 px labels drawn at 17.99).
    svg.setAttribute('width', String(size.width));
    svg.setAttribute('height', String(size.height));
    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    svg.setAttribute('viewBox', viewBoxOf(view, size));
    return view;
  }
}
