import type { FramePart } from './questions';

/** The frame's section of a version diff: the parts that changed, in the screen's order. */
export interface FrameDiffSection {
  frame: FramePart[];
}

export const isEmptyFrameDiff = (diff: FrameDiffSection) => diff.frame.length === 0;
