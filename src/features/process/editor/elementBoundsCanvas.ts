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

/**
 * diagram-js's canvas, without reading the browser's layout while a diagram is drawn:
 * - the drawing's extent (the viewbox's `inner`) is taken from the elements' bounds
 *   rather than from the SVG's getBBox, which lays out every shape at once;
 * - the container's size is read once and kept until `resized()`, rather than read from
 *   the page in every viewbox computation (each import, fit, zoom and
 *   `canvas.viewbox.changed`): each read in the middle of an import or a fit laid out all
 *   the shapes drawn so far. With 1 000 elements, opening the diagram laid it out twice
 *   before its first frame (once when the import set its root, once after the fit moved
 *   the view), where that frame lays it out once.
 * The size is kept right by `resized()`, which diagram-js asks its host to call when the
 * container changes size: `createDiagramEditor` does so from a ResizeObserver.
 */
export class ElementBoundsCanvas extends Canvas {
  static override $inject = ['config.canvas', 'eventBus', 'graphicsFactory', 'elementRegistry'];

  private readonly elements: ElementRegistry;
  private size: ReturnType<Canvas['getSize']> | undefined;

  constructor(...args: ConstructorParameters<typeof Canvas>) {
    super(...args);
    this.elements = args[3];
  }

  override getSize(): ReturnType<Canvas['getSize']> {
    this.size ??= super.getSize();
    return { ...this.size };
  }

  override resized(): void {
    this.size = undefined;
    super.resized();
  }

  override viewbox(box?: Parameters<Canvas['viewbox']>[0]): ReturnType<Canvas['viewbox']> {
    if (box) return super.viewbox(box);
    const layer = this.getActiveLayer() as unknown as SVGGraphicsElement | null;
    if (!layer) return super.viewbox();
    // diagram-js reads the layer's box in its getter, which keeps the rest of its logic
    // (the cache, the transform): it reads the elements' bounds instead, for this call.
    const root = this.getRootElement();
    layer.getBBox = () => drawnBounds(this.elements.getAll() as Element[], root) as DOMRect;
    try {
      return super.viewbox();
    } finally {
      delete (layer as Partial<SVGGraphicsElement>).getBBox;
    }
  }
}
