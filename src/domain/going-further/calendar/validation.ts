import { MAX_DURATION_DAYS, MAX_MARGIN_DAYS } from './lists';

/** Why a typed number of days cannot be kept: the message names the bounds. */
export type DaysProblem = 'not-a-number' | 'too-short' | 'too-long';

export interface DaysBounds {
  min: number;
  max: number;
}

export const durationBounds: DaysBounds = { min: 1, max: MAX_DURATION_DAYS };
export const marginBounds: DaysBounds = { min: 0, max: MAX_MARGIN_DAYS };

/**
 * Checks a number of working days as typed; undefined when it can be stored. A value
 * refused here is never stored: the calendar keeps the last good one.
 */
export function daysProblem(typed: string, bounds: DaysBounds): DaysProblem | undefined {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return 'not-a-number';
  const days = Number(text);
  if (days < bounds.min) return 'too-short';
  if (days > bounds.max) return 'too-long';
  return undefined;
}
