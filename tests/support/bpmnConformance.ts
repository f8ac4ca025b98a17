import type { ModdleElement } from 'bpmn-moddle';
import { allFlowElements, list, parseDefinitions } from '../../src/domain/process/moddle';

/** The diagram interchange element that draws a flow element. */
const diOf = (element: ModdleElement) =>
  element.$instanceOf('bpmn:SequenceFlow') ? 'bpmndi:BPMNEdge' : 'bpmndi:BPMNShape';

/**
 * Why an exported BPMN file would not open cleanly in another BPMN tool: what bpmn-moddle
 * warns about while reading it, and each flow element that no diagram draws (no
 * BPMNShape or BPMNEdge). Empty when the file conforms.
 */
export async function conformanceProblems(xml: string): Promise<string[]> {
  const parsed = await parseDefinitions(xml);
  if (!parsed.ok) return [`unreadable: ${parsed.error}`];
  const drawn = new Set<string>();
  for (const diagram of list(parsed.definitions, 'diagrams')) {
    for (const di of list(diagram.get('plane') as ModdleElement | undefined, 'planeElement')) {
      const target = di.get('bpmnElement') as ModdleElement | undefined;
      if (target) drawn.add(`${di.$type} ${String(target.id)}`);
    }
  }
  const undrawn = allFlowElements(parsed.definitions)
    // A data object is drawn through its references, never itself.
    .filter((element) => !element.$instanceOf('bpmn:DataObject'))
    .filter((element) => !drawn.has(`${diOf(element)} ${String(element.id)}`))
    .map((element) => `no ${diOf(element)} for ${String(element.id)}`);
  return [...parsed.warnings.map((warning) => `warning: ${warning}`), ...undrawn];
}
