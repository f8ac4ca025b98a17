import type { ModdleElement } from 'bpmn-moddle';
import type { ProcessElement, ProcessElementKind, ProcessGraph } from './graph';
import { allFlowElements, list, parseDefinitions } from './moddle';
import { daysOfDuration, timerDuration } from './timerDuration';

export type ReadGraphResult =
  { ok: true; graph: ProcessGraph; warnings: string[] } | { ok: false; error: string };

function kindOf(element: ModdleElement): ProcessElementKind {
  if (element.$instanceOf('bpmn:Activity')) return 'task';
  if (element.$instanceOf('bpmn:StartEvent')) return 'start';
  if (element.$instanceOf('bpmn:EndEvent')) return 'end';
  if (element.$instanceOf('bpmn:Event')) return 'event';
  if (element.$instanceOf('bpmn:Gateway')) return 'gateway';
  return 'other';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function laneNames(definitions: ModdleElement): Map<string, string> {
  const lanes = new Map<string, string>();
  const visit = (laneSet: ModdleElement | undefined) => {
    for (const lane of list(laneSet, 'lanes')) {
      for (const node of list(lane, 'flowNodeRef'))
        lanes.set(String(node.id), String(lane.name ?? ''));
      visit(lane.childLaneSet as ModdleElement | undefined);
    }
  };
  for (const root of list(definitions, 'rootElements')) {
    for (const laneSet of list(root, 'laneSets')) visit(laneSet);
  }
  return lanes;
}

/** Reads the BPMN XML into plain data; never throws. */
export async function readProcessGraph(xml: string): Promise<ReadGraphResult> {
  const parsed = await parseDefinitions(xml);
  if (!parsed.ok) return parsed;
  return { ok: true, graph: graphOfDefinitions(parsed.definitions), warnings: parsed.warnings };
}

/** The plain graph of definitions already parsed. */
export function graphOfDefinitions(definitions: ModdleElement): ProcessGraph {
  const lanes = laneNames(definitions);
  const graph: ProcessGraph = { elements: [], flows: [] };
  for (const element of allFlowElements(definitions)) {
    const id = String(element.id);
    if (element.$instanceOf('bpmn:SequenceFlow')) {
      const source = element.sourceRef as ModdleElement | undefined;
      const target = element.targetRef as ModdleElement | undefined;
      if (source && target) {
        graph.flows.push({
          id,
          sourceId: String(source.id),
          targetId: String(target.id),
          name: String(element.name ?? ''),
        });
      }
      continue;
    }
    if (!element.$instanceOf('bpmn:FlowNode')) continue;
    // Fabrik's own delay first; else a timer's duration in days, as another tool wrote it.
    const own = element.get('fabrik:delayDays');
    const duration = timerDuration(element);
    const delay = own ?? (duration === undefined ? undefined : daysOfDuration(duration));
    const documentation = list(element, 'documentation')
      .map((doc) => String(doc.text ?? ''))
      .join('\n');
    const node: ProcessElement = {
      id,
      type: element.$type,
      kind: kindOf(element),
      name: String(element.name ?? ''),
      lane: lanes.get(id),
      role: text(element.get('fabrik:role')),
      delayDays: typeof delay === 'number' && Number.isFinite(delay) ? delay : undefined,
      statusId: text(element.get('fabrik:status')),
      notes: text(documentation),
    };
    const parent = element.$parent as ModdleElement | undefined;
    if (parent?.$instanceOf('bpmn:SubProcess')) node.parentId = String(parent.id);
    if (element.$instanceOf('bpmn:BoundaryEvent')) {
      const attachedTo = element.attachedToRef as ModdleElement | undefined;
      if (attachedTo) node.attachedToId = String(attachedTo.id);
      if (element.get('cancelActivity') === false) node.interrupting = false;
    }
    graph.elements.push(node);
  }
  return graph;
}
