import type { ModdleElement } from 'bpmn-moddle';
import { checkFabrikRules, type FabrikRuleOptions } from './fabrikRules';
import { lintDefinitions } from './lint';
import { parseDefinitions } from './moddle';
import { graphOfDefinitions } from './readGraph';
import { screenBpmnText } from './safeXml';

/** One finding of the checks list: which rule, on which element, how serious. */
export interface ProcessCheck {
  /** bpmnlint's rule name, or Fabrik's ("fabrik/task-role"). */
  rule: string;
  /** For "fabrik/rule-failed": the rule that could not check the diagram. */
  failedRule?: string;
  elementId?: string;
  /** The element's name when it has one, to show beside the message. */
  elementName?: string;
  severity: 'error' | 'warning';
}

export type ProcessChecksResult =
  { ok: true; checks: ProcessCheck[] } | { ok: false; error: string };

function namesById(definitions: ModdleElement): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 64 || typeof value !== 'object' || value === null) return;
    const element = value as ModdleElement;
    if (typeof element.id === 'string' && typeof element.name === 'string') {
      names.set(element.id, element.name);
    }
    for (const key of ['rootElements', 'flowElements', 'participants', 'laneSets', 'lanes']) {
      const children = element[key];
      if (Array.isArray(children)) children.forEach((child) => visit(child, depth + 1));
    }
    if (element.childLaneSet) visit(element.childLaneSet, depth + 1);
  };
  visit(definitions, 0);
  return names;
}

const severityOrder = { error: 0, warning: 1 } as const;

/**
 * The checks the processing step shows and the review collects: bpmnlint's recommended
 * rules plus Fabrik's own, run on the XML (in the browser and in Node alike).
 */
export async function checkProcess(
  xml: string,
  options: FabrikRuleOptions = {},
): Promise<ProcessChecksResult> {
  const unsafe = screenBpmnText(xml);
  if (unsafe) return { ok: false, error: unsafe };
  const parsed = await parseDefinitions(xml);
  if (!parsed.ok) return parsed;
  const names = namesById(parsed.definitions);
  const findings = [
    ...(await lintDefinitions(parsed.definitions)),
    ...checkFabrikRules(graphOfDefinitions(parsed.definitions), options),
  ];
  const checks = findings.map(({ rule, elementId, severity, ...finding }) => ({
    rule,
    ...('failedRule' in finding ? { failedRule: finding.failedRule } : {}),
    elementId,
    elementName: elementId ? names.get(elementId) || undefined : undefined,
    severity,
  }));
  checks.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return { ok: true, checks };
}
