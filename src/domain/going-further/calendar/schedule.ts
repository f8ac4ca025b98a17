import type { Operation } from '../operations/schema';
import { DEFAULT_DURATION_DAYS } from './lists';
import type { Calendar, CalendarTask } from './schema';
import { workingDayCounter } from './workingCalendar';

/**
 * Working-day offsets from the deployment's first working day: a span runs from its first
 * day to its last, both included, so one of one day starts and ends on the same offset.
 */
export interface Span {
  startOffset: number;
  endOffset: number;
  /** `YYYY-MM-DD`, when the calendar has a start day. */
  start?: string;
  end?: string;
}

/** One operation placed on the calendar; no span when a dependency loop holds it. */
export interface ScheduledOperation {
  operation: Operation;
  task: CalendarTask;
  span?: Span;
}

/** What follows the operations: pilot, margin for corrections, generalisation. */
export interface Phase extends Span {
  kind: 'pilot' | 'margin' | 'generalisation';
}

/** A steering-committee review on the last day of what it reviews. */
export interface ScheduledMilestone {
  id: string;
  name: string;
  /** Absent for the pilot's end review, which the calendar adds itself. */
  afterOperationId?: string;
  offset?: number;
  day?: string;
}

export type CalendarProblem =
  /** Operations that wait for one another in a circle; those after them wait too. */
  | { kind: 'loop'; operationIds: string[]; blockedIds: string[] }
  | { kind: 'deadline-before-start' }
  | { kind: 'late'; end: string; deadline: string };

export interface Schedule {
  operations: ScheduledOperation[];
  phases: Phase[];
  milestones: ScheduledMilestone[];
  /** The last working day of the deployment. */
  end?: Span;
  problems: CalendarProblem[];
}

/** An operation's timing: what the calendar stores, or the default for one it does not know. */
export function taskOf(calendar: Calendar, operationId: string): CalendarTask {
  return (
    calendar.tasks.find((task) => task.operationId === operationId) ?? {
      operationId,
      durationDays: DEFAULT_DURATION_DAYS,
      dependsOn: [],
      deliverable: '',
    }
  );
}

/** The operations caught in a dependency circle (each reaches itself), in the given order. */
function inCircles(ids: readonly string[], dependsOn: ReadonlyMap<string, readonly string[]>) {
  const reachesItself = (id: string) => {
    const seen = new Set<string>();
    const stack = [...(dependsOn.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === id) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(dependsOn.get(next) ?? []));
    }
    return false;
  };
  return ids.filter(reachesItself);
}

/**
 * Places every operation on the calendar: each starts the working day after the last of
 * its dependencies ends (or on the first day), and lasts its duration in working days; then
 * the pilot, the margin for corrections and the generalisation (or the margin alone, big
 * bang). A dependency loop is reported, never followed: the operations in it and after it
 * are left unplaced and the rest of the calendar still reads.
 */
export function scheduleDeployment(
  operations: readonly Operation[],
  calendar: Calendar,
  pilotReviewName: string,
): Schedule {
  const known = new Set(operations.map((operation) => operation.id));
  const tasks = new Map(
    operations.map((operation) => [operation.id, taskOf(calendar, operation.id)]),
  );
  const dependsOn = new Map(
    operations.map((operation) => [
      operation.id,
      [...new Set(tasks.get(operation.id)!.dependsOn)].filter((id) => known.has(id)),
    ]),
  );

  // Kahn's order: an operation is placed once everything it waits for is.
  const waiting = new Map([...dependsOn].map(([id, deps]) => [id, deps.length]));
  const followers = new Map<string, string[]>();
  for (const [id, deps] of dependsOn)
    for (const dep of deps) followers.set(dep, [...(followers.get(dep) ?? []), id]);
  const spans = new Map<string, { startOffset: number; endOffset: number }>();
  const ready = operations.map((operation) => operation.id).filter((id) => waiting.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.shift()!;
    const startOffset = Math.max(
      0,
      ...dependsOn.get(id)!.map((dep) => spans.get(dep)!.endOffset + 1),
    );
    spans.set(id, { startOffset, endOffset: startOffset + tasks.get(id)!.durationDays - 1 });
    for (const follower of followers.get(id) ?? []) {
      const left = waiting.get(follower)! - 1;
      waiting.set(follower, left);
      if (left === 0) ready.push(follower);
    }
  }

  const problems: CalendarProblem[] = [];
  const unplaced = operations.map((operation) => operation.id).filter((id) => !spans.has(id));
  if (unplaced.length > 0) {
    const circles = inCircles(unplaced, dependsOn);
    problems.push({
      kind: 'loop',
      operationIds: circles,
      blockedIds: unplaced.filter((id) => !circles.includes(id)),
    });
  }

  const dayOf = calendar.start ? workingDayCounter(calendar.start) : undefined;
  const dated = <S extends { startOffset: number; endOffset: number }>(span: S): S & Span =>
    dayOf ? { ...span, start: dayOf(span.startOffset), end: dayOf(span.endOffset) } : span;

  const lastOperationDay = Math.max(-1, ...[...spans.values()].map((span) => span.endOffset));
  const phases: Phase[] = [];
  let cursor = lastOperationDay + 1;
  const addPhase = (kind: Phase['kind'], days: number) => {
    if (days <= 0) return;
    phases.push(dated({ kind, startOffset: cursor, endOffset: cursor + days - 1 }));
    cursor += days;
  };
  if (calendar.strategy === 'pilot') addPhase('pilot', calendar.pilotDays);
  const pilotEnd = cursor - 1;
  addPhase('margin', calendar.marginDays);
  if (calendar.strategy === 'pilot') addPhase('generalisation', calendar.generalisationDays);

  const milestones: ScheduledMilestone[] = calendar.milestones.map((milestone) => {
    const span = spans.get(milestone.afterOperationId);
    return {
      ...milestone,
      ...(span && { offset: span.endOffset, ...(dayOf && { day: dayOf(span.endOffset) }) }),
    };
  });
  if (calendar.strategy === 'pilot')
    milestones.push({
      id: 'pilot-review',
      name: pilotReviewName,
      offset: pilotEnd,
      ...(dayOf && { day: dayOf(pilotEnd) }),
    });
  milestones.sort((a, b) => (a.offset ?? Infinity) - (b.offset ?? Infinity));

  const end = cursor > 0 ? dated({ startOffset: 0, endOffset: cursor - 1 }) : undefined;
  if (calendar.start && calendar.deadline) {
    if (calendar.deadline < calendar.start) problems.push({ kind: 'deadline-before-start' });
    else if (end?.end && end.end > calendar.deadline)
      problems.push({ kind: 'late', end: end.end, deadline: calendar.deadline });
  }

  return {
    operations: operations.map((operation) => {
      const span = spans.get(operation.id);
      return { operation, task: tasks.get(operation.id)!, ...(span && { span: dated(span) }) };
    }),
    phases,
    milestones,
    ...(end && { end }),
    problems,
  };
}

/**
 * Whether making `operationId` wait for `dependencyId` would close a circle: it would when
 * the dependency already waits, directly or not, for the operation.
 */
export function wouldLoop(calendar: Calendar, operationId: string, dependencyId: string): boolean {
  if (operationId === dependencyId) return true;
  const seen = new Set<string>();
  const stack = [dependencyId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === operationId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...taskOf(calendar, id).dependsOn);
  }
  return false;
}
