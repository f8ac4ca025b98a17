import type { Connection, Element } from 'bpmn-js/lib/model/Types';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { readElement } from './readElement';
import type { Deletion } from './types';

interface DeleteContext {
  elements: Element[];
  chosen?: { shapes: Element[]; flows: Set<Connection> };
}

/** diagram-js's command stack's execution in progress (private): its actions, outermost first. */
interface Execution {
  actions: { context: unknown }[];
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
  commandStack: CommandStack,
  registry: ElementRegistry,
  listener: (deletion: Deletion) => void,
): void {
  // bpmn-js also deletes as part of other commands (duplicate flows after a drop on a
  // flow, a label emptied): only a deletion the user asked for is announced.
  const asked = (context: DeleteContext) => {
    const execution = (commandStack as unknown as { _currentExecution?: Execution })
      ._currentExecution;
    return !execution || execution.actions[0]?.context === context;
  };
  eventBus.on(
    'commandStack.elements.delete.preExecute',
    ({ context }: { context: DeleteContext }) => {
      if (!asked(context)) return;
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
      if (shapes.length === 0 && flows.size === kept.length) return;
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
