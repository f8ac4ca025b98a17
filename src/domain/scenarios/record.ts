import { allFields } from '../form/fields';
import type { Form } from '../form/schema';
import { isFilled } from '../form/values';
import type { RunLogEntry, TryoutRun } from '../tryout/run';
import type { Scenario, ScenarioAction } from './schema';

/** The actions a person took, read from the run's log; automatic moves are replayed by themselves. */
export function actionsOf(log: readonly RunLogEntry[]): ScenarioAction[] {
  return log.flatMap((entry): ScenarioAction[] => {
    switch (entry.kind) {
      case 'done':
        return [{ kind: 'complete', elementId: entry.elementId }];
      case 'chosen':
        return [
          {
            kind: 'choose',
            elementId: entry.elementId,
            flowId: entry.flowId,
            ...(entry.alsoFlowIds ? { alsoFlowIds: entry.alsoFlowIds } : {}),
          },
        ];
      case 'triggered':
        return [{ kind: 'trigger', elementId: entry.elementId, boundaryId: entry.boundaryId }];
      case 'ended':
      case 'stuck':
        return [];
    }
  });
}

/** Working days from submission to the latest thing that happened or waits. */
export function elapsedDaysOf(run: TryoutRun): number {
  return Math.max(0, ...run.log.map((entry) => entry.day), ...run.tokens.map((token) => token.day));
}

/**
 * A played try-out as a scenario: the answers as sent (each answered field's type and label
 * kept beside them), the actions in order, the statuses shown and the days it took.
 */
export function scenarioFromRun(
  played: {
    form: Form;
    answers: Record<string, unknown>;
    run: TryoutRun;
    startId?: string;
  },
  made: { id: string; name: string; savedAt: string },
): Scenario {
  const answered: Scenario['answered'] = {};
  for (const { field } of allFields(played.form)) {
    if (Object.hasOwn(played.answers, field.id) && isFilled(played.answers[field.id])) {
      answered[field.id] = { type: field.type, label: field.label };
    }
  }
  return {
    id: made.id,
    name: made.name.trim(),
    answers: played.answers,
    answered,
    ...(played.startId ? { startId: played.startId } : {}),
    actions: actionsOf(played.run.log),
    statusIds: played.run.stops.map((stop) => stop.statusId),
    elapsedDays: elapsedDaysOf(played.run),
    savedAt: made.savedAt,
  };
}
