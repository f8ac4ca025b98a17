import type ElementFactory from 'bpmn-js/lib/features/modeling/ElementFactory';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Connection, Shape } from 'bpmn-js/lib/model/Types';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type SpaceTool from 'diagram-js/lib/features/space-tool/SpaceTool';
import type Selection from 'diagram-js/lib/features/selection/Selection';

/** The services of bpmn-js this module uses, with their own types. */
export interface InsertStepServices {
  canvas: Canvas;
  elementFactory: ElementFactory;
  elementRegistry: ElementRegistry;
  modeling: Modeling;
  selection: Selection;
  spaceTool: SpaceTool;
}

interface Point {
  x: number;
  y: number;
}

interface Segment {
  from: Point;
  to: Point;
  axis: 'x' | 'y';
  length: number;
}

/** Room kept on each side of the new task, so that its flows stay readable arrows. */
const MARGIN = 30;

/** The flow's longest straight part: the new task goes in its middle. */
function longestSegment(waypoints: Point[]): Segment | undefined {
  let best: Segment | undefined;
  for (let index = 1; index < waypoints.length; index++) {
    const from = waypoints[index - 1] as Point;
    const to = waypoints[index] as Point;
    const dx = Math.abs(to.x - from.x);
    const dy = Math.abs(to.y - from.y);
    const segment: Segment = { from, to, axis: dx >= dy ? 'x' : 'y', length: Math.hypot(dx, dy) };
    if (!best || segment.length > best.length) best = segment;
  }
  return best;
}

const middle = ({ from, to }: Segment): Point => ({
  x: Math.round((from.x + to.x) / 2),
  y: Math.round((from.y + to.y) / 2),
});

/**
 * Splits a sequence flow with a new task, as dropping a task on the arrow does in bpmn-js
 * (its DropOnFlowBehavior reconnects both sides). When the arrow is too short for the
 * task, what follows is first moved away along the arrow, as the space tool would.
 */
export function insertStepOnFlow(
  get: <K extends keyof InsertStepServices>(name: K) => InsertStepServices[K],
  flow: Connection,
): Shape | undefined {
  const modeling = get('modeling');
  const task = get('elementFactory').createShape({ type: 'bpmn:UserTask' });
  let segment = longestSegment(flow.waypoints);
  if (!segment) return undefined;
  const needed = (segment.axis === 'x' ? task.width : task.height) + 2 * MARGIN;
  if (segment.length < needed) {
    const axis = segment.axis;
    const amount = Math.ceil(needed - segment.length);
    const start = middle(segment)[axis];
    const root = get('canvas').getRootElement();
    const elements = get('elementRegistry').filter((element) => element !== root);
    const { movingShapes, resizingShapes } = get('spaceTool').calculateAdjustments(
      elements as Shape[],
      axis,
      // Typed as a point, read as a number by diagram-js.
      amount as unknown as Point,
      start,
    ) as { movingShapes: Shape[]; resizingShapes: Shape[] };
    modeling.createSpace(
      movingShapes,
      resizingShapes,
      { x: axis === 'x' ? amount : 0, y: axis === 'y' ? amount : 0 },
      axis === 'x' ? 'e' : 's',
      start,
    );
    segment = longestSegment(flow.waypoints) ?? segment;
  }
  const created = modeling.createShape(task, middle(segment), flow);
  get('selection').select(created);
  get('canvas').scrollToElement(created);
  return created;
}
