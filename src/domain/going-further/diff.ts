import { canonicalJson } from '../bundle/hash';
import type { PrototypeContent } from '../prototype/schema';
import { diffAdoption } from './adoption/diff';
import type { GoingFurtherDiffSection } from './diffSection';

/**
 * The parts of « Pour aller plus loin » that differ between two versions, in the order the
 * later version lists them. Every key is compared, so a part added later needs nothing here;
 * an absent part and an absent step read alike.
 */
export function diffGoingFurther(
  before: PrototypeContent,
  after: PrototypeContent,
): GoingFurtherDiffSection {
  const b: Record<string, unknown> = before.goingFurther ?? {};
  const a: Record<string, unknown> = after.goingFurther ?? {};
  const parts = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changed = parts.filter(
    (part) => canonicalJson(a[part] ?? null) !== canonicalJson(b[part] ?? null),
  );
  // The adoption is detailed (what was reworded, which audience or session…), not only named.
  if (!changed.includes('adoption')) return { goingFurther: changed };
  return {
    goingFurther: changed,
    adoption: diffAdoption(before.goingFurther?.adoption, after.goingFurther?.adoption),
  };
}
