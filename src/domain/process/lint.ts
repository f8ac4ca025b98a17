import Linter, { type LintReport } from 'bpmnlint/lib/linter';
import recommended from 'bpmnlint/config/recommended';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import global from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import type { ModdleElement } from 'bpmn-moddle';

/**
 * bpmnlint's recommended rules, bundled statically: the same rules run in the browser
 * and in Node, without bpmnlint's file-system resolver.
 */
const rules: Record<string, unknown> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global: global,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

export type LintSeverity = 'error' | 'warning';

/** The finding of a rule that failed on the diagram instead of checking it. */
export const RULE_FAILED = 'fabrik/rule-failed';

export interface LintFinding {
  /** bpmnlint's rule name, e.g. "label-required", or RULE_FAILED. */
  rule: string;
  /** For RULE_FAILED: the rule that could not check the diagram. */
  failedRule?: string;
  /** Id of the element the finding is about. */
  elementId?: string;
  severity: LintSeverity;
  /** bpmnlint's own (English) message, kept for the record. */
  message: string;
}

const cache = Object.fromEntries(
  Object.entries(rules).map(([name, factory]) => [`rule:bpmnlint/${name}`, factory]),
);

const resolver = {
  resolveRule: (pkg: string, name: string) => cache[`rule:${pkg}/${name}`],
  resolveConfig: () => undefined,
};

function findingOf(rule: string, report: LintReport): LintFinding {
  // A rule that throws has not checked the diagram: said as an error, so that a diagram
  // is never taken for checked when it was not.
  if (report.category === 'rule-error') {
    return { rule: RULE_FAILED, failedRule: rule, severity: 'error', message: report.message };
  }
  return {
    rule,
    elementId: report.id,
    severity: report.category === 'error' ? 'error' : 'warning',
    message: report.message,
  };
}

/** Runs bpmnlint's recommended rules on parsed definitions. */
export async function lintDefinitions(definitions: ModdleElement): Promise<LintFinding[]> {
  // A fresh linter each time: bpmnlint caches rule instances, and some rules
  // (no-duplicate-sequence-flows) remember what they saw, so a reused one reports ghosts.
  const results = await new Linter({ resolver }).lint(definitions, recommended);
  return Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((report) => findingOf(rule, report)),
  );
}
