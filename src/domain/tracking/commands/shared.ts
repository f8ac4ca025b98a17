import type { Prototype } from '../../prototype/schema';
import type { Tracking } from '../schema';

/** The prototype with its tracking replaced, or the same prototype when nothing changed. */
export function withTracking(prototype: Prototype, tracking: Tracking): Prototype {
  return tracking === prototype.tracking ? prototype : { ...prototype, tracking };
}

/** Whether applying `patch` to `current` would change anything. */
export function changes<T extends object>(current: T, patch: Partial<T>): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((key) => !Object.is(current[key], patch[key]));
}
