import type { Element } from 'bpmn-js/lib/model/Types';
import type { DiagramElement } from './types';
import { typeLabel } from './translate';

/** What this module reads of an element's BPMN model object. */
interface BusinessObject {
  id: string;
  name?: string;
  $instanceOf(type: string): boolean;
  get(name: string): unknown;
}

function labelled(shape: Element): Element {
  return shape.type === 'label' && 'labelTarget' in shape && shape.labelTarget
    ? (shape.labelTarget as Element)
    : shape;
}

/** The selected element as plain data for the side panel. */
export function readElement(shape: Element): DiagramElement {
  const object = shape.businessObject as BusinessObject;
  const documentation = (object.get('documentation') as { text?: string }[] | undefined) ?? [];
  const delay = object.get('fabrik:delayDays');
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    id: object.id,
    type: shape.type,
    // A label (a flow's, an event's) is shown as the element it names.
    typeLabel: typeLabel(labelled(shape).type),
    isFlowNode: object.$instanceOf('bpmn:FlowNode'),
    isSequenceFlow: object.$instanceOf('bpmn:SequenceFlow'),
    name: object.name ?? '',
    role: text(object.get('fabrik:role')),
    delayDays: typeof delay === 'number' && Number.isFinite(delay) ? delay : undefined,
    statusId: text(object.get('fabrik:status')),
    notes: documentation.map((doc) => doc.text ?? '').join('\n'),
  };
}
