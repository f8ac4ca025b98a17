import type { Prototype } from '../prototype/schema';
import { openQuestions } from './questions';

/** The frame is done when it leaves no question open. */
export function isFrameComplete(prototype: Prototype): boolean {
  return prototype.frame !== undefined && openQuestions(prototype.frame, prototype).length === 0;
}
