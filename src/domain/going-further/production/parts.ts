import { generatedPart, type EditedPart, type GeneratedPart } from '../editedParts';
import type { DeploymentRequest } from './deploymentRequest';
import { say } from './deploymentRequestDocument';
import type { TestCase, TestPlan } from './testPlan';
import type { Translate } from './translate';

/**
 * The production documents' parts the team may reword: the deployment request's
 * introduction and each security setting, and each test case's steps. They are drafted from
 * the approved version each time; what the team reworded is kept with what was drafted then,
 * so a new approved version that drafts something else shows both.
 */

export const requestIntroKey = 'request:intro';
export const securityKey = (id: string) => `request:security:${id}`;
export const caseStepsKey = (caseId: string) => `plan:${caseId}:steps`;

export interface RequestParts {
  intro: GeneratedPart;
  /** One per security setting, in the request's order. */
  security: { id: string; part: GeneratedPart }[];
}

export function requestParts(
  t: Translate,
  request: DeploymentRequest,
  edits: readonly EditedPart[] | undefined,
): RequestParts {
  return {
    intro: generatedPart(requestIntroKey, t('doc.request.intro'), edits),
    security: request.security.map((setting) => ({
      id: setting.id,
      part: generatedPart(securityKey(setting.id), say(t, setting.text), edits),
    })),
  };
}

/** A case's steps as one text, a step per line: how the team rewords them. */
export const caseStepsPart = (testCase: TestCase, edits: readonly EditedPart[] | undefined) =>
  generatedPart(caseStepsKey(testCase.id), testCase.steps.join('\n'), edits);

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The plan with the team's wording of each case's steps. */
export function withCaseEdits(plan: TestPlan, edits: readonly EditedPart[] | undefined): TestPlan {
  if (!edits?.some((edit) => edit.key.startsWith('plan:'))) return plan;
  return {
    ...plan,
    cases: plan.cases.map((testCase) => {
      const part = caseStepsPart(testCase, edits);
      return part.edited ? { ...testCase, steps: linesOf(part.text) } : testCase;
    }),
  };
}
