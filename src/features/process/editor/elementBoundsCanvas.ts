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
 * diagram-js's canvas, with the drawing's extent (the viewbox's `inner`) taken from the
 * elements' bounds rather than from the SVG's getBBox. getBBox forces the browser to lay
 * out every shape at once, and diagram-js reads it after each import, fit and zoom, and
 * again in every `canvas.viewbox.changed`: with 1 000 elements, an import laid the
 * whole diagram out twice before its first frame, instead of once, in that frame.
 */
export class ElementBoundsCanvas extends Canvas {
  static override $inject = ['config.canvas', 'eventBus', 'graphicsFactory', 'elementRegistry'];

  private readonly elements: ElementRegistry;

  constructor(...args: ConstructorParameters<typeof Canvas>) {
    super(...args);
    this.elements = args[3];
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
