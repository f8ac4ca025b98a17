import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Parent, Shape } from 'bpmn-js/lib/model/Types';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Create from 'diagram-js/lib/features/create/Create';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import { freeSpot, type Box } from './freeSpot';

/** The services of bpmn-js this module uses, with their own types. */
export interface KeyboardCreateServices {
  create: Create;
  canvas: Canvas;
  elementRegistry: ElementRegistry;
  modeling: Modeling;
  selection: Selection;
  /** diagram-js-direct-editing ships no types: the one call used here. */
  directEditing: { activate(element: Shape): void };
}

/** Width of the band where a pool or a lane writes its name, on its left. */
const LABEL_BAND = 30;

const isContainer = (element: Shape) =>
  element.type === 'bpmn:Participant' || element.type === 'bpmn:Lane';

const contains = (box: Box, point: { x: number; y: number }) =>
  point.x >= box.x &&
  point.x <= box.x + box.width &&
  point.y >= box.y &&
  point.y <= box.y + box.height;

/** The lanes of a pool that hold elements: those not divided into further lanes. */
function leafLanes(container: Shape): Shape[] {
  return (container.children as Shape[])
    .filter((child) => child.type === 'bpmn:Lane')
    .flatMap((lane) => {
      const inner = leafLanes(lane);
      return inner.length > 0 ? inner : [lane];
    });
}

/**
 * bpmn-js's create menu (N, from bpmn-js-create-append-anything) hangs the new element on
 * the mouse pointer, to be dropped with a click: someone on the keyboard alone could never
 * place it. When the menu was used from the keyboard and the pointer is not over the
 * diagram, the element is placed at once in a free spot of the pool in view, selected
 * and opened for naming, as a drop would. Returns what removes the listeners.
 */
export function placeKeyboardCreations(
  get: <K extends keyof KeyboardCreateServices>(name: K) => KeyboardCreateServices[K],
  container: HTMLElement,
): () => void {
  let fromKeyboard = false;
  let pointerOverDiagram = false;
  const onKey = () => {
    fromKeyboard = true;
  };
  const onPointerDown = () => {
    fromKeyboard = false;
  };
  const onPointerMove = (event: PointerEvent) => {
    pointerOverDiagram = event.target instanceof Node && container.contains(event.target);
  };
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('pointermove', onPointerMove, true);

  const create = get('create');
  const startWithPointer = create.start.bind(create);
  create.start = (event, elements, context) => {
    const single = Array.isArray(elements) ? undefined : (elements as Shape);
    if (!fromKeyboard || pointerOverDiagram || !single || single.waypoints) {
      return startWithPointer(event, elements, context);
    }
    place(single);
    return undefined;
  };

  function place(shape: Shape) {
    const canvas = get('canvas');
    const root = canvas.getRootElement() as Parent;
    const view = canvas.viewbox();
    const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
    const all = get('elementRegistry').filter(
      (element) => element !== root && !element.waypoints,
    ) as Shape[];
    const pools = all.filter((element) => element.type === 'bpmn:Participant');
    let parent: Parent = root;
    let areas: Box[] = [view];
    if (shape.type === 'bpmn:Participant') {
      // A new pool goes under the others, as wide as the first.
      const bottom = Math.max(view.y, ...pools.map((pool) => pool.y + pool.height));
      const left = pools[0]?.x ?? view.x;
      areas = [{ x: left, y: bottom, width: shape.width + 40, height: shape.height + 40 }];
    } else if (pools.length > 0) {
      const pool = pools.find((candidate) => contains(candidate, centre)) ?? (pools[0] as Shape);
      parent = pool;
      // Inside a lane, never across two, so that the element clearly belongs to one.
      const lanes = leafLanes(pool);
      areas = (lanes.length > 0 ? lanes : [pool]).map((area) => ({
        x: area.x + LABEL_BAND,
        y: area.y,
        width: area.width - LABEL_BAND,
        height: area.height,
      }));
    }
    const taken = all.filter((element) => !isContainer(element));
    const position = freeSpot(areas, taken, shape, centre);
    const created = get('modeling').createShape(shape, position, parent);
    get('selection').select(created);
    canvas.scrollToElement(created);
    get('directEditing').activate(created);
  }

  return () => {
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pointerdown', onPointerDown, true);
    window.removeEventListener('pointermove', onPointerMove, true);
  };
}
