import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { fabrikModdleDescriptor } from './fabrikModdle';

/** A bpmn-moddle that knows Fabrik's attributes. */
export function createModdle(): BpmnModdle {
  return new BpmnModdle({ fabrik: fabrikModdleDescriptor });
}

export type ParsedDefinitions =
  { ok: true; definitions: ModdleElement; warnings: string[] } | { ok: false; error: string };

/** Parses BPMN XML; never throws. */
export async function parseDefinitions(xml: string): Promise<ParsedDefinitions> {
  try {
    const { rootElement, warnings } = await createModdle().fromXML(xml, 'bpmn:Definitions');
    return {
      ok: true,
      definitions: rootElement,
      warnings: warnings.map((warning) => warning.message),
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function list(element: ModdleElement | undefined, property: string): ModdleElement[] {
  return ((element?.get(property) as ModdleElement[] | undefined) ?? []).filter(Boolean);
}

/** Every flow element of every process, sub-processes included. */
export function allFlowElements(definitions: ModdleElement): ModdleElement[] {
  const result: ModdleElement[] = [];
  const visit = (container: ModdleElement) => {
    for (const element of list(container, 'flowElements')) {
      result.push(element);
      if (element.$instanceOf('bpmn:SubProcess')) visit(element);
    }
  };
  list(definitions, 'rootElements')
    .filter((root) => root.$instanceOf('bpmn:Process'))
    .forEach(visit);
  return result;
}
