import type { Prototype } from '../../prototype/schema';
import type { Form } from '../schema';

/** The prototype with its form replaced; the same prototype when the form did not change. */
export function withForm(prototype: Prototype, form: Form): Prototype {
  return form === prototype.form ? prototype : { ...prototype, form };
}

/** Whether two JSON-like values are equal (for "did this edit change anything?"). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
