import { describe, expect, it } from 'vitest';
import { exceptionContextOf } from '../../../src/domain/scenarios/exception';
import {
  replayAll,
  replayScenario,
  replayUpTo,
  type ReplayResult,
} from '../../../src/domain/scenarios/replay';
import { field, page } from '../form/builders';
import {
  acceptedScenario,
  form,
  graph,
  target,
  timedOutScenario,
  today,
  tracking,
} from './fixtures';

const divergenceOf = (result: ReplayResult) => {
  if (result.outcome !== 'fail') throw new Error('expected a failure');
  return result.divergence;
};

const withFields = (...fields: ReturnType<typeof field>[]) => ({ pages: [page('p', fields)] });

describe('scenarioFromRun', () => {
  it('keeps the answers with their fields, the actions in order, the statuses and the days', () => {
    const scenario = acceptedScenario();
    expect(scenario.answered).toEqual({
      name: { type: 'shortText', label: 'Nom' },
      email: { type: 'email', label: 'Courriel' },
      age: { type: 'number', label: 'Âge' },
    });
    expect(scenario.actions).toEqual([
      { kind: 'complete', elementId: 'check' },
      { kind: 'choose', elementId: 'decision', flowId: 'decision-accept' },
      { kind: 'complete', elementId: 'accept' },
    ]);
    expect(scenario.statusIds).toEqual(['s-submitted', 's-checking', 's-accepted']);
    expect(scenario.elapsedDays).toBe(7);
    expect(timedOutScenario().actions).toEqual([
      { kind: 'trigger', elementId: 'check', boundaryId: 'timer' },
    ]);
  });
});

describe('replayScenario', () => {
  it('passes on the prototype it was played on, an event that happened included', () => {
    expect(replayScenario(acceptedScenario(), target, today)).toEqual({
      outcome: 'pass',
      elapsedDays: 7,
    });
    expect(replayScenario(timedOutScenario(), target, today).outcome).toBe('pass');
  });

  it('fails in the form when a field it answered was removed', () => {
    const without = withFields(field('email', 'email', { label: 'Courriel' }));
    expect(replayScenario(acceptedScenario(), { ...target, form: without }, today)).toEqual({
      outcome: 'fail',
      divergence: { kind: 'field-removed', fieldId: 'name', label: 'Nom' },
    });
  });

  it('fails in the form when a field it answered changed type', () => {
    const changed = withFields(
      field('name', 'shortText', { label: 'Nom' }),
      field('email', 'email', { label: 'Courriel' }),
      field('age', 'date', { label: 'Âge' }),
    );
    expect(
      divergenceOf(replayScenario(acceptedScenario(), { ...target, form: changed }, today)),
    ).toEqual({
      kind: 'field-type-changed',
      fieldId: 'age',
      label: 'Âge',
      before: 'number',
      after: 'date',
    });
  });

  it('fails when an answer is no longer valid, by the form’s own validation', () => {
    const stricter = withFields(
      field('name', 'shortText', { label: 'Nom' }),
      field('email', 'email', { label: 'Courriel' }),
      field('age', 'number', { label: 'Âge', validation: { min: 40 } }),
    );
    const divergence = divergenceOf(
      replayScenario(acceptedScenario(), { ...target, form: stricter }, today),
    );
    expect(divergence).toMatchObject({ kind: 'answer-invalid', fieldId: 'age', label: 'Âge' });
    expect(divergence.kind === 'answer-invalid' && divergence.problem.code).toBe('min');
  });

  it('fails when a field it left blank is now required', () => {
    const required = withFields(
      field('name', 'shortText', { label: 'Nom', required: true }),
      field('email', 'email', { label: 'Courriel' }),
      field('age', 'number', { label: 'Âge' }),
    );
    expect(
      divergenceOf(replayScenario(timedOutScenario(), { ...target, form: required }, today)),
    ).toEqual({ kind: 'answer-missing', fieldId: 'name', label: 'Nom' });
  });

  it('fails at the gateway when the way chosen no longer exists', () => {
    // « Oui » gave way to another choice: the gateway still asks, not for « Oui ».
    const noYes = {
      ...graph,
      flows: graph.flows.map((flow) =>
        flow.id === 'decision-accept'
          ? { ...flow, id: 'decision-closed', targetId: 'closed', name: 'Classer' }
          : flow,
      ),
    };
    expect(
      divergenceOf(replayScenario(acceptedScenario(), { ...target, graph: noYes }, today)),
    ).toEqual({ kind: 'choice-removed', elementId: 'decision', name: 'decision', actionIndex: 1 });
  });

  it('fails when the event that happened is no longer on the step', () => {
    const noTimer = {
      ...graph,
      elements: graph.elements.filter((element) => element.id !== 'timer'),
    };
    expect(
      divergenceOf(replayScenario(timedOutScenario(), { ...target, graph: noTimer }, today)),
    ).toEqual({ kind: 'event-removed', elementId: 'check', name: 'check', actionIndex: 0 });
  });

  it('fails when a step it completed is no longer reached', () => {
    const skipCheck = {
      elements: graph.elements.filter((element) => element.id !== 'check'),
      flows: [
        ...graph.flows.filter((flow) => !flow.id.includes('check')),
        {
          id: 'start-decision',
          sourceId: 'start',
          targetId: 'decision',
          name: '',
        },
      ],
    };
    expect(
      divergenceOf(replayScenario(acceptedScenario(), { ...target, graph: skipCheck }, today)),
    ).toMatchObject({ kind: 'step-not-reached', elementId: 'check', actionIndex: 0 });
  });

  it('fails where the requester is shown another status', () => {
    const elsewhere = {
      ...graph,
      elements: graph.elements.map((element) =>
        element.id === 'accept' ? { ...element, statusId: 's-refused' } : element,
      ),
    };
    expect(
      divergenceOf(replayScenario(acceptedScenario(), { ...target, graph: elsewhere }, today)),
    ).toEqual({
      kind: 'status-different',
      expectedId: 's-accepted',
      expected: 'Acceptée',
      actualId: 's-refused',
      actual: 'Refusée',
      actionIndex: 2,
    });
  });

  it('fails at the end when a status it was shown is no longer reached', () => {
    const silent = {
      ...graph,
      elements: graph.elements.map(({ statusId, ...element }) =>
        element.id === 'accept' ? element : { ...element, statusId },
      ),
    };
    expect(
      divergenceOf(replayScenario(acceptedScenario(), { ...target, graph: silent }, today)),
    ).toEqual({
      kind: 'status-different',
      expectedId: 's-accepted',
      expected: 'Acceptée',
      actionIndex: 3,
    });
  });

  it('fails when a message sent on the way has a placeholder its answers leave empty', () => {
    const scenario = { ...acceptedScenario(), answers: { email: 'awa@exemple.fr', age: 30 } };
    scenario.answered = { email: scenario.answered.email!, age: scenario.answered.age! };
    expect(divergenceOf(replayScenario(scenario, target, today))).toEqual({
      kind: 'placeholder-empty',
      statusId: 's-accepted',
      status: 'Acceptée',
      name: 'Nom',
      fieldId: 'name',
      actionIndex: 2,
    });
  });

  it('fails when the promised response time, kept as played, is now exceeded', () => {
    const slower = {
      ...graph,
      elements: graph.elements.map((element) =>
        element.id === 'check' ? { ...element, delayDays: 9 } : element,
      ),
    };
    expect(
      divergenceOf(replayScenario(acceptedScenario(), { ...target, graph: slower }, today)),
    ).toEqual({ kind: 'deadline-exceeded', days: 11, promised: 10, actionIndex: 3 });
    // Already beyond it as played (the timer's 30 days): not a new failure.
    expect(replayScenario(timedOutScenario(), target, today).outcome).toBe('pass');
  });

  it('fails at once when the process has no start any more', () => {
    expect(
      divergenceOf(replayScenario(acceptedScenario(), { ...target, graph: null }, today)),
    ).toEqual({ kind: 'no-start', actionIndex: 0 });
  });

  it('replays every scenario on a version’s content as well as on the current one', () => {
    const results = replayAll([acceptedScenario(), timedOutScenario()], target, today);
    expect([...results.values()].map((result) => result.outcome)).toEqual(['pass', 'pass']);
    const old = replayAll([acceptedScenario()], { form: withFields(), tracking, graph }, today);
    expect(old.get('sc-accepted')?.outcome).toBe('fail');
  });
});

describe('replayUpTo', () => {
  it('leaves the try-out where the scenario diverged, each action undoable', () => {
    const { run, earlier } = replayUpTo(acceptedScenario(), graph, 2);
    expect(run.tokens.map((token) => token.elementId)).toEqual(['accept']);
    expect(earlier).toHaveLength(2);
    expect(form.pages).toHaveLength(1);
  });
});

describe('exceptionContextOf', () => {
  it('links the exception to what broke: the field, the element or the status', () => {
    expect(exceptionContextOf({ kind: 'field-removed', fieldId: 'name', label: 'Nom' })).toEqual({
      step: 'form',
      target: { kind: 'field', id: 'name', label: 'Nom' },
    });
    expect(
      exceptionContextOf({ kind: 'choice-removed', elementId: 'decision', name: 'Décision' }),
    ).toEqual({
      step: 'process',
      target: { kind: 'process-element', id: 'decision', label: 'Décision' },
    });
    expect(
      exceptionContextOf({ kind: 'status-different', expectedId: 's-a', expected: 'Acceptée' }),
    ).toEqual({ step: 'tracking', target: { kind: 'status', id: 's-a', label: 'Acceptée' } });
    expect(exceptionContextOf({ kind: 'deadline-exceeded', days: 11, promised: 10 })).toEqual({
      step: 'tracking',
    });
  });
});
