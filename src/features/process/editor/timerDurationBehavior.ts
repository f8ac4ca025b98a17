import type BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element } from 'bpmn-js/lib/model/Types';
import type { ModdleElement } from 'bpmn-moddle';
import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import type EventBus from 'diagram-js/lib/core/EventBus';
import { durationOfDays, timerDefinitions } from '../../../domain/process/timerDuration';

/**
 * Whenever a timer event's delay (`fabrik:delayDays`) changes, its `bpmn:timeDuration`
 * follows, within the same command: one undo takes both back, and other BPMN tools read
 * the same number of days as Fabrik.
 */
export function keepTimerDurationInStep(
  eventBus: EventBus,
  modeling: Modeling,
  bpmnFactory: BpmnFactory,
): void {
  const interceptor = new CommandInterceptor(eventBus);
  interceptor.postExecute(['element.updateProperties'], (event: unknown) => {
    const { element, properties } = (
      event as { context: { element: Element; properties: Record<string, unknown> } }
    ).context;
    if (!('fabrik:delayDays' in properties)) return;
    const days = properties['fabrik:delayDays'];
    for (const timer of timerDefinitions(element.businessObject as ModdleElement)) {
      modeling.updateModdleProperties(element, timer, {
        timeDuration:
          typeof days === 'number'
            ? bpmnFactory.create('bpmn:FormalExpression', { body: durationOfDays(days) })
            : undefined,
      });
    }
  });
}
