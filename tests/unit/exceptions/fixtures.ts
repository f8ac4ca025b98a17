import type { PrototypeException } from '../../../src/domain/exceptions/schema';

/** An exception as the quick capture makes it, with `overrides` applied. */
export function exception(
  overrides: Partial<PrototypeException> & { id: string },
): PrototypeException {
  return {
    title: `Cas ${overrides.id}`,
    description: '',
    frequency: 'unknown',
    status: 'open',
    context: { step: 'form' },
    createdAt: '2026-11-23T09:00:00.000Z',
    ...overrides,
  };
}

/** A BPMN process with a chain of tasks from a start to an end, and optional extra XML. */
export function chainXml(tasks: { id: string; name: string }[], extra = ''): string {
  const nodes = ['Start', ...tasks.map((task) => task.id), 'End'];
  const flows = nodes
    .slice(1)
    .map(
      (target, index) =>
        `<bpmn:sequenceFlow id="Flow_${index}" sourceRef="${nodes[index]}" targetRef="${target}" />`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:fabrik="urn:fabrik:bpmn:1.0" id="D" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:startEvent id="Start" name="Demande déposée" />
    ${tasks.map((task) => `<bpmn:userTask id="${task.id}" name="${task.name}" />`).join('')}
    <bpmn:endEvent id="End" name="Terminé" />
    ${flows}
    ${extra}
  </bpmn:process>
</bpmn:definitions>`;
}
