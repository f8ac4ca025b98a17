import type { AdoptionChange } from './adoption/diff';

/** The step's section of a version diff: the parts that changed, by content key. */
export interface GoingFurtherDiffSection {
  goingFurther: string[];
  /** What changed in the adoption, in detail, when it changed. */
  adoption?: AdoptionChange[];
}

export const isEmptyGoingFurtherDiff = (diff: GoingFurtherDiffSection) =>
  diff.goingFurther.length === 0;
