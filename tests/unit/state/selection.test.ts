import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearReveal,
  requestReveal,
  setCurrentStep,
  takeReveal,
  useSelection,
} from '../../../src/state/selection';

beforeEach(() =>
  useSelection.setState({ step: undefined, selected: undefined, reveal: undefined }),
);

describe('reveal requests', () => {
  it('are taken once by the step they are for', () => {
    requestReveal('form', { kind: 'field', id: 'f1' });
    expect(takeReveal('form', ['field', 'page'])).toEqual({ kind: 'field', id: 'f1' });
    expect(takeReveal('form', ['field', 'page'])).toBeUndefined();
  });

  it('stay for their own step, and for the kinds asked for', () => {
    requestReveal('process', { kind: 'process-element', id: 'Task_1' });
    expect(takeReveal('tracking', ['process-element'])).toBeUndefined();
    expect(takeReveal('process', ['status'])).toBeUndefined();
    expect(takeReveal('process', ['process-element'])).toEqual({
      kind: 'process-element',
      id: 'Task_1',
    });
  });

  it('the latest request replaces an earlier one', () => {
    requestReveal('form', { kind: 'field', id: 'f1' });
    requestReveal('tracking', { kind: 'status', id: 's1' });
    expect(takeReveal('form', ['field'])).toBeUndefined();
    expect(takeReveal('tracking', ['status'])).toEqual({ kind: 'status', id: 's1' });
  });

  it('survive leaving the current step, but not another step coming on screen', () => {
    setCurrentStep('review');
    requestReveal('form', { kind: 'field', id: 'f1' });
    setCurrentStep(undefined);
    setCurrentStep('form');
    expect(useSelection.getState().reveal).toBeDefined();

    requestReveal('process', { kind: 'process-element', id: 'Task_1' });
    setCurrentStep(undefined);
    setCurrentStep('purpose');
    expect(useSelection.getState().reveal).toBeUndefined();
    setCurrentStep('process');
    expect(takeReveal('process', ['process-element'])).toBeUndefined();
  });

  it('can be dropped', () => {
    requestReveal('exceptions', { kind: 'exception', id: 'e1' });
    clearReveal();
    expect(takeReveal('exceptions', ['exception'])).toBeUndefined();
  });
});
