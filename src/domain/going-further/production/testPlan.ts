import { accessRights } from './access';
import { basedOnOf, type ApprovedVersion } from './approved';
import { stableKey } from './caseId';
import { inferComponents } from './components';
import { pathCases } from './pathCases';
import { scenarioCases } from './scenarioCases';
import type { BasedOn } from './schema';
import type { TestCase } from './testCase';
import type { Translate } from './translate';

export type { TestCase, CaseSource, Coverage } from './testCase';

/** The production test plan of an approved version. */
export interface TestPlan {
  name: string;
  basedOn: BasedOn;
  cases: TestCase[];
  /** True when the process had more paths than the plan lists: they are a sample. */
  truncated: boolean;
}

/** The most paths turned into cases: beyond, a plan is not run by people any more. */
export const MAX_PATH_CASES = 500;

/**
 * The production test plan drafted from the approved version: a case per process path and
 * per saved scenario, then one per integration to check and one per process role's access
 * rights. Each case keeps its id from one generation to the next while it still exists.
 */
export function testPlan(t: Translate, approved: ApprovedVersion): TestPlan {
  const { content, graph } = approved;
  const paths = pathCases(t, content, graph, MAX_PATH_CASES);
  const integrations = inferComponents(content, graph)
    .filter((component) => component.integration)
    .map((component): TestCase => ({
      id: `integration-${component.kind}`,
      source: 'integration',
      title: t('plan.integrationTitle', { component: t(`components.${component.kind}`) }),
      covers: [],
      steps: [
        t('plan.step.integration', { used: component.evidence.join(' ; ') }),
        t('plan.step.integrationFailure'),
      ],
      data: [],
      expectedStatuses: [],
      messages: [],
      timeLimits: [],
    }));
  const access = accessRights(content, graph).map((right): TestCase => ({
    id: `access-${stableKey([right.role])}`,
    source: 'access',
    title: t('plan.accessTitle', { role: right.role }),
    covers: [],
    steps: [
      t('plan.step.login', { role: right.role }),
      right.tasks.length > 0
        ? t('plan.step.allowed', { tasks: right.tasks.join(' ; ') })
        : t('plan.step.noTask'),
      t('plan.step.denied'),
    ],
    data: [],
    expectedStatuses: right.statuses,
    messages: [],
    timeLimits: [],
  }));
  return {
    name: content.name,
    basedOn: basedOnOf(approved),
    cases: [...paths.cases, ...scenarioCases(t, content, graph), ...integrations, ...access],
    truncated: paths.truncated,
  };
}

/** What changed between the cases of the last generation and today's. */
export interface PlanChanges {
  /** Cases that did not exist in the last generation. */
  added: TestCase[];
  /** Ids of the last generation's cases that no longer exist (their results go). */
  gone: string[];
}

export function planChanges(
  previousIds: readonly string[],
  cases: readonly TestCase[],
): PlanChanges {
  const previous = new Set(previousIds);
  const current = new Set(cases.map((testCase) => testCase.id));
  return {
    added: previousIds.length === 0 ? [] : cases.filter((testCase) => !previous.has(testCase.id)),
    gone: previousIds.filter((id) => !current.has(id)),
  };
}
