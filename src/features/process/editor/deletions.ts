import type { Connection, Element } from 'bpmn-js/lib/model/Types';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { readElement } from './readElement';
import type { Deletion } from './types';

interface DeleteContext {
  elements: Element[];
  chosen?: { shapes: Element[]; flows: Set<Connection> };
}

const isConnection = (element: Element) => Array.isArray(element.waypoints);

const nameOf = (element: Element) => {
  const read = readElement(element);
  return read.name.trim() || read.typeLabel;
};

/**
 * What the user deleted (bpmn-js's `elements.delete`: the context pad's bin, the Delete key):
 * the shapes chosen and the flows that went with them. bpmn-js joins the flows around a
 * step with one way in and one way out (its RemoveElementBehavior): that flow is not
 * deleted but now leads further, which is said too. Called once the deletion is done,
 * never for an undo or a redo of it.
 */
export function watchDeletions(
  eventBus: EventBus,
  registry: ElementRegistry,
  listener: (deletion: Deletion) => void,
): void {
  eventBus.on(
    'commandStack.elements.delete.preExecute',
    ({ context }: { context: DeleteContext }) => {
      const chosen = context.elements.filter((element) => element.type !== 'label');
      const shapes = chosen.filter((element) => !isConnection(element));
      const flows = new Set(chosen.filter(isConnection) as Connection[]);
      for (const shape of shapes) {
        const attached = [...(shape.incoming ?? []), ...(shape.outgoing ?? [])] as Connection[];
        for (const flow of attached) flows.add(flow);
      }
      context.chosen = { shapes, flows };
    },
  );
  eventBus.on(
    'commandStack.elements.delete.postExecuted',
    ({ context }: { context: DeleteContext }) => {
      if (!context.chosen) return;
      const { shapes, flows } = context.chosen;
      const kept = [...flows].filter((flow) => registry.get(flow.id) !== undefined);
      const rejoined = kept[0];
      listener({
        elements: shapes.map((shape) => {
          const read = readElement(shape);
          return { name: read.name, typeLabel: read.typeLabel, isTask: isTask(shape) };
        }),
        flows: flows.size - kept.length,
        rejoined:
          rejoined?.source && rejoined.target
            ? { from: nameOf(rejoined.source as Element), to: nameOf(rejoined.target as Element) }
            : undefined,
      });
    },
  );
}

function isTask(shape: Element): boolean {
  const object = shape.businessObject as { $instanceOf?(type: string): boolean } | undefined;
  return Boolean(object?.$instanceOf?.('bpmn:Activity'));
}
