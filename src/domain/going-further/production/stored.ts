import type { Prototype } from '../../prototype/schema';
import { productionSchema, type Production } from './schema';

/** What a prototype with no production part yet reads as. */
export function emptyProduction(): Production {
  return productionSchema.parse({});
}

/** The production part of a prototype: the one place that knows where it is stored. */
export function productionOf(prototype: Prototype): Production | undefined {
  return prototype.goingFurther?.production;
}

/** The prototype with its production part changed; itself when nothing changed. */
export function withProduction(
  prototype: Prototype,
  change: (production: Production) => Production,
): Prototype {
  const current = productionOf(prototype) ?? emptyProduction();
  const next = change(current);
  if (next === current) return prototype;
  return { ...prototype, goingFurther: { ...prototype.goingFurther, production: next } };
}
