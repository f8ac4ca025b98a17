/** The step's section of a version diff: the parts that changed, by content key. */
export interface GoingFurtherDiffSection {
  goingFurther: string[];
}

export const isEmptyGoingFurtherDiff = (diff: GoingFurtherDiffSection) =>
  diff.goingFurther.length === 0;
