import type { Prototype } from '../../prototype/schema';
import { productionSchema, type Production } from './schema';

/** What a prototype with no production part yet reads as. */
export function emptyProduction(): Production {
  return productionSchema.parse({});
}

type WithProduction = { goingFurther?: { production?: Production } };

/** The production part of a prototype: the one place that knows where it is stored. */
export function productionOf(prototype: Prototype): Production | undefined {
  return (prototype as WithProduction).goingFurther?.production;
}

/** The prototype with its production part changed; itself when nothing changed. */
export function withProduction(
  prototype: Prototype,
  change: (production: Production) => Production,
): Prototype {
  const current = productionOf(prototype) ?? emptyProduction();
  const next = change(current);
  if (next === current) return prototype;
  const goingFurther = (prototype as WithProduction).goingFurther ?? {};
  return { ...prototype, goingFurther: { ...goingFurther, production: next } } as Prototype;
}
