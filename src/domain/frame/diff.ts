import { canonicalJson } from '../bundle/hash';
import type { PrototypeContent } from '../prototype/schema';
import type { FrameDiffSection } from './diffSection';
import { emptyFrame, emptyImpacts } from './empty';
import type { FramePart } from './questions';

const frameOf = (content: PrototypeContent) => content.frame ?? emptyFrame();
const impactsOf = (content: PrototypeContent) => content.impacts ?? emptyImpacts();

/** Where each part of the frame is kept; "what" is the purpose's, compared with it. */
const partValues: [FramePart, (content: PrototypeContent) => unknown][] = [
  ['who', (content) => frameOf(content).stakeholders],
  ['where', (content) => frameOf(content).where],
  ['when', (content) => frameOf(content).when],
  ['how', (content) => frameOf(content).how],
  ['howMuch', (content) => frameOf(content).budget],
  ['why', (content) => frameOf(content).objectives],
  ['impacts.agents', (content) => impactsOf(content).agents],
  ['impacts.requesters', (content) => impactsOf(content).requesters],
  ['impacts.budget', (content) => impactsOf(content).budget],
];

/**
 * The parts of the frame that differ between two versions. An absent frame reads as an
 * empty one, so filling in nothing is no change.
 */
export function diffFrame(before: PrototypeContent, after: PrototypeContent): FrameDiffSection {
  return {
    frame: partValues
      .filter(([, value]) => canonicalJson(value(before)) !== canonicalJson(value(after)))
      .map(([part]) => part),
  };
}
