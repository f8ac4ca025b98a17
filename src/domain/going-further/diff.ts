import { canonicalJson } from '../bundle/hash';
import type { PrototypeContent } from '../prototype/schema';
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
  return {
    goingFurther: parts.filter(
      (part) => canonicalJson(a[part] ?? null) !== canonicalJson(b[part] ?? null),
    ),
  };
}
