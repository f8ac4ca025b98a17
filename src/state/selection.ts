import { create } from 'zustand';
import type { StepId } from '../domain/steps';

/**
 * What the user has in hand right now, per browser and never exported: the step on
 * screen and the thing selected in it. Steps set it as the selection changes; quick
 * exception capture reads it to link the exception to what it concerns.
 */
export interface SelectionState {
  step?: StepId;
  /** The selected field, process element or status, if any. */
  selected?: { kind: 'field' | 'process-element' | 'status'; id: string; label: string };
}

export const useSelection = create<SelectionState>()(() => ({}));

export function setCurrentStep(step: StepId | undefined): void {
  if (useSelection.getState().step !== step) useSelection.setState({ step, selected: undefined });
}

export function select(selected: SelectionState['selected']): void {
  useSelection.setState({ selected });
}
