import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { StepId } from '../domain/steps';

/** What a link may point at inside a step, beyond the step itself. */
export type RevealKind = 'field' | 'page' | 'process-element' | 'status' | 'message' | 'exception';

export interface RevealTarget {
  kind: RevealKind;
  id: string;
}

/**
 * What the user has in hand right now, per browser and never exported: the step on
 * screen and the thing selected in it. Steps set it as the selection changes; quick
 * exception capture reads it to link the exception to what it concerns.
 */
export interface SelectionState {
  step?: StepId;
  /** Set while the try-out is on screen: it is beside the steps, so `step` is then unset. */
  tryingOut?: boolean;
  /** The selected field, process element, status or exception (opened in its list), if any. */
  selected?: {
    kind: 'field' | 'process-element' | 'status' | 'exception';
    id: string;
    label: string;
  };
  /**
   * A link's request to show one thing in a step ("fix this field"), waiting for that step
   * to take it. Taken once; dropped when another step comes on screen first.
   */
  reveal?: { step: StepId; target: RevealTarget };
}

export const useSelection = create<SelectionState>()(() => ({}));

export function setCurrentStep(step: StepId | undefined): void {
  const { step: current, reveal } = useSelection.getState();
  if (current !== step) useSelection.setState({ step, selected: undefined });
  // Leaving a step passes through no step at all; only another step makes a request stale.
  if (reveal && step !== undefined && reveal.step !== step)
    useSelection.setState({ reveal: undefined });
}

/** The try-out says it is on screen (true) and gone (false), for exception capture. */
export function setTryingOut(tryingOut: boolean): void {
  useSelection.setState({ tryingOut });
}

export function select(selected: SelectionState['selected']): void {
  useSelection.setState({ selected });
}

/** Asks `step` to show `target` when it is next on screen (a link calls it, then navigates). */
export function requestReveal(step: StepId, target: RevealTarget): void {
  useSelection.setState({ reveal: { step, target: { kind: target.kind, id: target.id } } });
}

/** Forgets a request not taken (the prototype closed, say). */
export function clearReveal(): void {
  if (useSelection.getState().reveal) useSelection.setState({ reveal: undefined });
}

/**
 * The target waiting for `step`, if it is of one of `kinds`; taking it removes it, so it
 * is shown once.
 */
export function takeReveal(step: StepId, kinds: readonly RevealKind[]): RevealTarget | undefined {
  const reveal = useSelection.getState().reveal;
  if (!reveal || reveal.step !== step || !kinds.includes(reveal.target.kind)) return undefined;
  useSelection.setState({ reveal: undefined });
  return reveal.target;
}

/**
 * Lets a step show what a link points at: on mount and whenever a new request arrives,
 * a request for `step` of one of `kinds` is taken and given to `handler`. While `handler`
 * is undefined (the step is not ready to show anything yet), requests wait.
 */
export function useRevealRequest(
  step: StepId,
  kinds: readonly RevealKind[],
  handler: ((target: RevealTarget) => void) | undefined,
): void {
  const request = useSelection((state) => state.reveal);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const ready = handler !== undefined;
  const kindList = kinds.join(' ');
  useEffect(() => {
    if (!ready || !request) return;
    const target = takeReveal(step, kindList.split(' ') as RevealKind[]);
    if (target) latest.current?.(target);
  }, [request, ready, step, kindList]);
}
