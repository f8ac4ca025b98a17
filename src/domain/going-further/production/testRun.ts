import type { Anomaly, CaseResult, TestRun } from './schema';

/** Where one case stands in the run. */
export type CaseState = 'untested' | 'passed' | 'failed';

export function caseState(run: TestRun, caseId: string): CaseState {
  return run.results.find((result) => result.caseId === caseId)?.outcome ?? 'untested';
}

export function resultOf(run: TestRun, caseId: string): CaseResult | undefined {
  return run.results.find((result) => result.caseId === caseId);
}

export const isOpen = (anomaly: Anomaly): boolean => anomaly.status !== 'closed';

/** How far the run is, and what still holds the final validation back. */
export interface RunSummary {
  total: number;
  passed: number;
  failed: number;
  untested: number;
  openAnomalies: number;
  /** Whether the final validation may be recorded: every case passed, every anomaly closed. */
  canValidate: boolean;
}

/**
 * The final-validation rule: possible only when every case of the plan has passed and every
 * anomaly is closed (an anomaly of a case that passed since still counts until it is
 * closed). A plan without a single case cannot be validated: there was nothing to test.
 */
export function runSummary(cases: readonly { id: string }[], run: TestRun): RunSummary {
  const outcomes = new Map(run.results.map((result) => [result.caseId, result.outcome]));
  let passed = 0;
  let failed = 0;
  for (const testCase of cases) {
    const outcome = outcomes.get(testCase.id);
    if (outcome === 'passed') passed += 1;
    if (outcome === 'failed') failed += 1;
  }
  const openAnomalies = run.anomalies.filter(isOpen).length;
  const total = cases.length;
  return {
    total,
    passed,
    failed,
    untested: total - passed - failed,
    openAnomalies,
    canValidate: total > 0 && passed === total && openAnomalies === 0,
  };
}

export const canValidate = (cases: readonly { id: string }[], run: TestRun): boolean =>
  runSummary(cases, run).canValidate;
