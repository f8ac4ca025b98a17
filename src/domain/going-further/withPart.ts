import type { Prototype } from '../prototype/schema';
import type { GoingFurther, GoingFurtherPart } from './schema';

/**
 * The prototype with one part of « Pour aller plus loin » changed, or the same prototype when
 * the change returns the same part (so a command that changes nothing is no undo step).
 * `empty` is what the part starts from when it is absent.
 */
export function withPart<P extends GoingFurtherPart>(
  prototype: Prototype,
  part: P,
  empty: () => NonNullable<GoingFurther[P]>,
  change: (current: NonNullable<GoingFurther[P]>) => NonNullable<GoingFurther[P]>,
): Prototype {
  const current = prototype.goingFurther?.[part] ?? empty();
  const next = change(current);
  if (next === current) return prototype;
  return { ...prototype, goingFurther: { ...prototype.goingFurther, [part]: next } };
}

/** `current` with `changes`, or `current` itself when nothing differs. */
export function patch<T extends object>(current: T, changes: Partial<T>): T {
  const entries = Object.entries(changes) as [keyof T, T[keyof T]][];
  if (entries.every(([key, value]) => current[key] === value)) return current;
  return { ...current, ...changes };
}
