import type { ModdleElement } from 'bpmn-moddle';
import { allFlowElements, createModdle, parseDefinitions } from './moddle';
import { durationOfDays, timerDefinitions } from './timerDuration';

/** Fabrik's attributes on one element; `undefined` removes an attribute. */
export interface FabrikAttributes {
  role?: string;
  delayDays?: number;
  statusId?: string;
}

const attributeNames = {
  role: 'fabrik:role',
  delayDays: 'fabrik:delayDays',
  statusId: 'fabrik:status',
} as const;

export type UpdateXmlResult = { ok: true; xml: string } | { ok: false; error: string };

/**
 * Rewrites the XML with edited Fabrik attributes, for changes made outside the diagram
 * editor (the tracking step sets a step's status from its own screen).
 */
export async function updateFabrikAttributes(
  xml: string,
  changes: { elementId: string; attributes: Partial<FabrikAttributes> }[],
): Promise<UpdateXmlResult> {
  const parsed = await parseDefinitions(xml);
  if (!parsed.ok) return parsed;
  const moddle = createModdle();
  const byId = new Map<string, ModdleElement>(
    allFlowElements(parsed.definitions).map((element) => [String(element.id), element]),
  );
  for (const { elementId, attributes } of changes) {
    const element = byId.get(elementId);
    if (!element) return { ok: false, error: `No element "${elementId}" in the process.` };
    for (const [key, value] of Object.entries(attributes) as [keyof FabrikAttributes, unknown][]) {
      element.set(attributeNames[key], value === '' ? undefined : value);
    }
    // A timer's duration says its delay to other BPMN tools: it follows Fabrik's.
    if ('delayDays' in attributes) {
      const days = attributes.delayDays;
      for (const timer of timerDefinitions(element)) {
        timer.set(
          'timeDuration',
          typeof days === 'number'
            ? moddle.create('bpmn:FormalExpression', { body: durationOfDays(days) })
            : undefined,
        );
      }
    }
  }
  const { xml: updated } = await moddle.toXML(parsed.definitions, { format: true });
  return { ok: true, xml: updated };
}
