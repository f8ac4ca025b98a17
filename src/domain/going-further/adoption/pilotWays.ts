import { conditionRules } from '../../form/conditions';
import { allFields } from '../../form/fields';
import type { Condition, Form } from '../../form/schema';
import type { ProcessGraph } from '../../process/graph';
import { processPaths } from '../../process/paths';

/** One way through the service a pilot participant can try. */
export type PilotWay =
  | {
      kind: 'path';
      /** `path:<element ids joined by >>`: the same walk gives the same key. */
      key: string;
      /** The path as people read it: its named steps and the ways taken at choices. */
      steps: string[];
      /** Whether it ends on an end event (otherwise it stops short). */
      reachesEnd: boolean;
    }
  | {
      kind: 'condition';
      /** `<page or field id>:<visibleWhen|requiredWhen>:<met|unmet>`. */
      key: string;
      /** The page's title or the field's label. */
      label: string;
      rule: 'visibleWhen' | 'requiredWhen';
      met: boolean;
    };

export interface PilotWays {
  ways: PilotWay[];
  /** The process has more paths than were listed: the list is a sample. */
  truncated: boolean;
}

/** A pilot plans a few dozen paths at most; more would not be read. */
const MAX_PATHS = 200;

export const pathKey = (elementIds: readonly string[]) => `path:${elementIds.join('>')}`;

function pathSteps(graph: ProcessGraph, elementIds: readonly string[]): string[] {
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const steps: string[] = [];
  elementIds.forEach((id, index) => {
    const element = byId.get(id);
    if (!element) return;
    if (element.kind === 'gateway') {
      const next = elementIds[index + 1];
      const flow = graph.flows.find((f) => f.sourceId === id && f.targetId === next);
      const leaving = graph.flows.filter((f) => f.sourceId === id).length;
      if (flow?.name.trim() && leaving > 1) steps.push(`« ${flow.name.trim()} »`);
      return;
    }
    const name = element.name.trim();
    if (name) steps.push(name);
  });
  return steps;
}

const hasRules = (condition: Condition | undefined) => conditionRules(condition).length > 0;

function conditionWays(form: Form): PilotWay[] {
  const ways: PilotWay[] = [];
  const add = (ownerId: string, label: string, rule: 'visibleWhen' | 'requiredWhen') => {
    for (const met of [true, false]) {
      ways.push({
        kind: 'condition',
        key: `${ownerId}:${rule}:${met ? 'met' : 'unmet'}`,
        label,
        rule,
        met,
      });
    }
  };
  const fields = allFields(form);
  for (const page of form.pages) {
    if (hasRules(page.visibleWhen)) add(page.id, page.title.trim() || page.id, 'visibleWhen');
    for (const { field } of fields.filter((located) => located.pageId === page.id)) {
      const label = field.label.trim() || field.key;
      if (hasRules(field.visibleWhen)) add(field.id, label, 'visibleWhen');
      // A field always required never reads its condition to be required.
      if (!field.required && hasRules(field.requiredWhen)) add(field.id, label, 'requiredWhen');
    }
  }
  return ways;
}

/**
 * Every way through the service a pilot should try: each path of the process (from a start
 * to where it stops, a loop once) and both ways of each condition of the form.
 */
export function pilotWays(form: Form, graph: ProcessGraph | null): PilotWays {
  const walked = graph ? processPaths(graph, MAX_PATHS) : { paths: [], truncated: false };
  const paths: PilotWay[] = walked.paths.map((path) => ({
    kind: 'path',
    key: pathKey(path.elementIds),
    steps: graph ? pathSteps(graph, path.elementIds) : [],
    reachesEnd: path.reachesEnd,
  }));
  return { ways: [...paths, ...conditionWays(form)], truncated: walked.truncated };
}
