import type { Scenario } from '../../scenarios/schema';
import type { Tracking } from '../../tracking/schema';
import type { RoleGuide } from './guide';

/** A saved scenario the trainee replays in the try-out, seen from one role. */
export interface Exercise {
  scenarioId: string;
  name: string;
  /** What the trainee does, in order: the role's steps and the choices it makes. */
  doing: { stepId: string; stepName: string; choice?: string }[];
  /** The statuses the requester must see along the scenario, in order. */
  statusLabels: string[];
  /** Working days from submission to the scenario's last event. */
  elapsedDays: number;
}

/**
 * The practical exercises of a role: every saved scenario that goes through at least one
 * of its steps, with what the role does in it. Scenarios that never reach the role are
 * left out, so a trainee only plays what is theirs.
 */
export function roleExercises(
  guide: RoleGuide,
  scenarios: readonly Scenario[],
  tracking: Tracking,
): Exercise[] {
  const steps = new Map(guide.steps.map((step) => [step.id, step]));
  const choices = new Map(
    guide.steps.flatMap((step) =>
      (step.decision?.kind === 'choice' ? step.decision.ways : []).map(
        (way) => [way.flowId, { step, label: way.label }] as const,
      ),
    ),
  );
  const labelOf = (id: string) =>
    tracking.statuses.find((status) => status.id === id)?.label.trim() || id;
  return scenarios.flatMap((scenario) => {
    const doing: Exercise['doing'] = [];
    for (const action of scenario.actions) {
      const step = action.kind === 'choose' ? undefined : steps.get(action.elementId);
      if (step) doing.push({ stepId: step.id, stepName: step.name });
      const choice = action.kind === 'choose' ? choices.get(action.flowId) : undefined;
      if (choice)
        doing.push({ stepId: choice.step.id, stepName: choice.step.name, choice: choice.label });
    }
    if (doing.length === 0) return [];
    return [
      {
        scenarioId: scenario.id,
        name: scenario.name,
        doing,
        statusLabels: scenario.statusIds.map(labelOf),
        elapsedDays: scenario.elapsedDays,
      },
    ];
  });
}
