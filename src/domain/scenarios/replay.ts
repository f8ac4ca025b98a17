/**
 * Plays a scenario again on a prototype as it is now (or as a version holds it), like a
 * regression test: the answers through the form's own validation, then each action through
 * the try-out's walker, comparing what the requester is shown. Pure: the caller passes the
 * process graph (read from the BPMN) and today's date.
 */
import { fieldIndex } from '../form/fields';
import { formProblems } from '../form/formProblems';
import type { AnswerProblem } from '../form/problems';
import type { FieldType, Form } from '../form/schema';
import { isFilled } from '../form/values';
import type { ProcessGraph } from '../process/graph';
import { resolveField, storedRef, tokenize } from '../tracking/placeholders';
import type { Tracking } from '../tracking/schema';
import {
  chooseFlows,
  completeStep,
  startRun,
  triggerBoundary,
  type TraceObserver,
  type TryoutRun,
} from '../tryout/run';
import { elapsedDaysOf } from './record';
import type { Scenario, ScenarioAction } from './schema';

/** What a scenario is replayed on: the parts of a prototype's content it reads. */
export interface ReplayTarget {
  form: Form;
  tracking: Tracking;
  /** The process as read from its BPMN; null when there is none or it cannot be read. */
  graph: ProcessGraph | null;
}

/** Why a replay no longer goes as it went: each kind carries what its message names. */
export type DivergenceReason =
  | { kind: 'field-removed'; fieldId: string; label: string }
  | {
      kind: 'field-type-changed';
      fieldId: string;
      label: string;
      before: FieldType;
      after: FieldType;
    }
  | { kind: 'answer-invalid'; fieldId: string; label: string; problem: AnswerProblem }
  | { kind: 'answer-missing'; fieldId: string; label: string }
  | { kind: 'no-start' }
  /** The step the action was taken on is not waiting for anyone (removed, or not reached). */
  | { kind: 'step-not-reached'; elementId: string; name: string }
  | { kind: 'choice-removed'; elementId: string; name: string }
  | { kind: 'event-removed'; elementId: string; name: string }
  /** The requester is shown another status (or none) where they were shown `expected`. */
  | {
      kind: 'status-different';
      expectedId?: string;
      expected?: string;
      actualId?: string;
      actual?: string;
    }
  | { kind: 'placeholder-empty'; statusId: string; status: string; name: string; fieldId?: string }
  | { kind: 'deadline-exceeded'; days: number; promised: number };

/**
 * Where a replay diverged: in the form (before sending), or in the processing after
 * `actionIndex` of the scenario's actions were replayed (the one at that index was not).
 */
export type Divergence = DivergenceReason & { actionIndex?: number };

export type ReplayResult =
  { outcome: 'pass'; elapsedDays: number } | { outcome: 'fail'; divergence: Divergence };

const fail = (reason: DivergenceReason, actionIndex?: number): ReplayResult => ({
  outcome: 'fail',
  divergence: actionIndex === undefined ? reason : { ...reason, actionIndex },
});

/** The first thing wrong with the answers on today's form, if anything. */
function formDivergence(
  scenario: Scenario,
  form: Form,
  today: string,
): DivergenceReason | undefined {
  const fields = fieldIndex(form);
  for (const [fieldId, was] of Object.entries(scenario.answered)) {
    const field = fields.get(fieldId)?.field;
    if (!field) return { kind: 'field-removed', fieldId, label: was.label };
    if (field.type !== was.type) {
      return {
        kind: 'field-type-changed',
        fieldId,
        label: field.label,
        before: was.type,
        after: field.type,
      };
    }
  }
  const [first] = formProblems(form, answersOn(scenario, form), today);
  if (!first) return undefined;
  const fieldId = first.item?.group.id ?? first.field.id;
  const label = first.item?.group.label ?? first.field.label;
  return first.problem.code === 'required' && !Object.hasOwn(scenario.answered, fieldId)
    ? { kind: 'answer-missing', fieldId, label }
    : { kind: 'answer-invalid', fieldId, label, problem: first.problem };
}

/** The scenario's answers to the fields the form still has. */
export function answersOn(scenario: Scenario, form: Form): Record<string, unknown> {
  const fields = fieldIndex(form);
  return Object.fromEntries(Object.entries(scenario.answers).filter(([id]) => fields.has(id)));
}

function nameOf(graph: ProcessGraph, elementId: string): string {
  return graph.elements.find((element) => element.id === elementId)?.name.trim() ?? '';
}

/** Applies one action; a reason when it cannot be, as the scenario recorded it. */
function applyAction(
  graph: ProcessGraph,
  run: TryoutRun,
  action: ScenarioAction,
  observe?: TraceObserver,
): TryoutRun | DivergenceReason {
  const name = nameOf(graph, action.elementId);
  const token = run.tokens.find((candidate) => candidate.elementId === action.elementId);
  if (!token) return { kind: 'step-not-reached', elementId: action.elementId, name };
  let next: TryoutRun;
  if (action.kind === 'choose') {
    const flowIds = [action.flowId, ...(action.alsoFlowIds ?? [])];
    const leaves = flowIds.every((flowId) =>
      graph.flows.some((flow) => flow.id === flowId && flow.sourceId === action.elementId),
    );
    if (!leaves) return { kind: 'choice-removed', elementId: action.elementId, name };
    next = chooseFlows(graph, run, token.id, flowIds, observe);
  } else if (action.kind === 'trigger') {
    const attached = graph.elements.some(
      (element) => element.id === action.boundaryId && element.attachedToId === action.elementId,
    );
    if (!attached) return { kind: 'event-removed', elementId: action.elementId, name };
    next = triggerBoundary(graph, run, token.id, action.boundaryId, observe);
  } else next = completeStep(graph, run, token.id, observe);
  // Refused (the element became a gateway) or looping: the step no longer goes on as played.
  if (next === run || next.problem) {
    return { kind: 'step-not-reached', elementId: action.elementId, name };
  }
  return next;
}

/** The first status shown that differs from what the scenario showed, or the first missing. */
function statusDivergence(
  scenario: Scenario,
  run: TryoutRun,
  tracking: Tracking,
  over: boolean,
): DivergenceReason | undefined {
  const labelOf = (id: string | undefined) =>
    id === undefined ? undefined : (tracking.statuses.find((s) => s.id === id)?.label ?? id);
  const shown = run.stops.map((stop) => stop.statusId);
  const length = over ? Math.max(shown.length, scenario.statusIds.length) : shown.length;
  for (let index = 0; index < length; index++) {
    const expectedId = scenario.statusIds[index];
    const actualId = shown[index];
    if (expectedId === actualId) continue;
    return {
      kind: 'status-different',
      ...(expectedId === undefined ? {} : { expectedId, expected: labelOf(expectedId) }),
      ...(actualId === undefined ? {} : { actualId, actual: labelOf(actualId) }),
    };
  }
  return undefined;
}

/** A message of a newly shown status with a placeholder that would be left empty. */
function placeholderDivergence(
  run: TryoutRun,
  from: number,
  target: ReplayTarget,
  answers: Record<string, unknown>,
): DivergenceReason | undefined {
  const fields = [...fieldIndex(target.form).values()].map(({ field }) => field);
  for (const stop of run.stops.slice(from)) {
    for (const message of target.tracking.messages) {
      if (message.statusId !== stop.statusId) continue;
      for (const token of tokenize(`${message.subject}\n${message.body}`)) {
        if (token.kind !== 'placeholder') continue;
        const ref = storedRef(token.inner);
        if (ref.kind === 'builtin') continue;
        const field = resolveField(ref, fields);
        if (field && isFilled(answers[field.id])) continue;
        const status = target.tracking.statuses.find((s) => s.id === stop.statusId)?.label ?? '';
        const name = field
          ? field.label || field.key
          : ref.kind === 'field'
            ? (ref.keyHint ?? ref.fieldId)
            : ref.name;
        return {
          kind: 'placeholder-empty',
          statusId: stop.statusId,
          status,
          name,
          ...(field ? { fieldId: field.id } : {}),
        };
      }
    }
  }
  return undefined;
}

/**
 * Replays the scenario step by step until the first divergence: a pass when every action
 * still applies, the same statuses are shown, every message is filled in and the promised
 * response time still holds (when it held as played).
 */
export function replayScenario(
  scenario: Scenario,
  target: ReplayTarget,
  today: string,
): ReplayResult {
  const inForm = formDivergence(scenario, target.form, today);
  if (inForm) return fail(inForm);
  const graph = target.graph ?? { elements: [], flows: [] };
  const answers = answersOn(scenario, target.form);
  let run = startRun(graph, scenario.startId);
  if (run.problem) return fail({ kind: 'no-start' }, 0);
  const check = (from: number, at: number, over: boolean) => {
    const reason =
      statusDivergence(scenario, run, target.tracking, over) ??
      placeholderDivergence(run, from, target, answers);
    return reason && fail(reason, at);
  };
  const atStart = check(0, 0, false);
  if (atStart) return atStart;
  for (const [index, action] of scenario.actions.entries()) {
    const shownBefore = run.stops.length;
    const next = applyAction(graph, run, action);
    if ('kind' in next) return fail(next, index);
    run = next;
    const after = check(shownBefore, index + 1, false);
    if (after) return after;
  }
  const end = scenario.actions.length;
  const atEnd = check(run.stops.length, end, true);
  if (atEnd) return atEnd;
  const elapsedDays = elapsedDaysOf(run);
  const promised = target.tracking.commitment.days;
  if (promised !== null && elapsedDays > promised && scenario.elapsedDays <= promised) {
    return fail({ kind: 'deadline-exceeded', days: elapsedDays, promised }, end);
  }
  return { outcome: 'pass', elapsedDays };
}

/**
 * The try-out as the scenario leaves it after its first `count` actions (all when
 * omitted), with the run before each action so that each can be taken back. `observe` is
 * told each element reached on the way (see `TraceObserver`).
 */
export function replayUpTo(
  scenario: Scenario,
  graph: ProcessGraph,
  count = scenario.actions.length,
  observe?: TraceObserver,
): { run: TryoutRun; earlier: TryoutRun[] } {
  let run = startRun(graph, scenario.startId, observe);
  const earlier: TryoutRun[] = [];
  for (const action of scenario.actions.slice(0, count)) {
    const next = applyAction(graph, run, action, observe);
    if ('kind' in next) break;
    earlier.push(run);
    run = next;
  }
  return { run, earlier };
}

/** Every scenario replayed on one target, by scenario id. */
export function replayAll(
  scenarios: readonly Scenario[],
  target: ReplayTarget,
  today: string,
): Map<string, ReplayResult> {
  return new Map(
    scenarios.map((scenario) => [scenario.id, replayScenario(scenario, target, today)]),
  );
}
