import type { FeedbackTarget, PilotFeedback } from '../going-further/adoption/schema';
import type { PrototypeContent } from '../prototype/schema';
import type { VersionDiff } from './diff';
import type { VersionSummary } from './schema';

/**
 * Pilot feedback turned into changes of a version: a version records the accepted feedback
 * it answers, and its comparison shows that feedback beside what it changed.
 */

/** The pilot's feedback kept in a prototype's content, in the order it was recorded. */
export const pilotFeedbackOf = (content: Pick<PrototypeContent, 'goingFurther'>): PilotFeedback[] =>
  content.goingFurther?.adoption?.pilot?.feedback ?? [];

/** The feedback a new version can answer: accepted, not yet done. */
export const feedbackToAnswer = (
  content: Pick<PrototypeContent, 'goingFurther'>,
): PilotFeedback[] => pilotFeedbackOf(content).filter((item) => item.status === 'accepted');

/**
 * The feedback answered by the versions after `fromNumber` up to `toNumber` (every later
 * version when `toNumber` is undefined: the prototype as it is now), read from `content`
 * (the newer side, which still holds it). A comparison backwards answers nothing.
 */
export function feedbackAnsweredBetween(
  versions: readonly Pick<VersionSummary, 'number' | 'answers'>[],
  fromNumber: number,
  toNumber: number | undefined,
  content: PrototypeContent,
): PilotFeedback[] {
  const ids = new Set(
    versions
      .filter((version) => version.number > fromNumber)
      .filter((version) => toNumber === undefined || version.number <= toNumber)
      .flatMap((version) => version.answers ?? []),
  );
  return pilotFeedbackOf(content).filter((item) => ids.has(item.id));
}

/** One key per thing a feedback can concern: `<kind>:<id>`. */
export const targetKey = (target: Pick<FeedbackTarget, 'kind' | 'id'>) =>
  `${target.kind}:${target.id}`;

/** The tracking lists whose items pilot feedback can concern, and the kind it calls them. */
export const trackingTargetKinds: Record<string, 'status' | 'message'> = {
  statuses: 'status',
  messages: 'message',
};

/** The fields, steps, statuses and messages a comparison shows as added or changed. */
export function changedTargets(diff: VersionDiff): Set<string> {
  const keys = new Set<string>();
  const fields = diff.fields;
  for (const field of [...fields.added, ...fields.moved, ...fields.changed.map((c) => c.after)])
    keys.add(targetKey({ kind: 'field', id: field.id }));
  if (diff.process.readable) {
    const { added, renamed, changed } = diff.process;
    for (const step of [...added, ...[...renamed, ...changed].map((c) => c.after)])
      keys.add(targetKey({ kind: 'step', id: step.id }));
  }
  for (const { key, diff: collection } of diff.tracking.collections) {
    const kind = trackingTargetKinds[key];
    if (!kind) continue;
    for (const item of [...collection.added, ...collection.changed.map((c) => c.after)])
      keys.add(targetKey({ kind, id: item.id }));
  }
  return keys;
}

/**
 * The answered feedback to show beside each changed thing, by `targetKey`: feedback whose
 * target the comparison does not show as changed is only listed, never placed.
 */
export function feedbackBesideChanges(
  answered: readonly PilotFeedback[],
  diff: VersionDiff,
): Map<string, PilotFeedback[]> {
  const changed = changedTargets(diff);
  const beside = new Map<string, PilotFeedback[]>();
  for (const item of answered) {
    if (!item.target) continue;
    const key = targetKey(item.target);
    if (!changed.has(key)) continue;
    beside.set(key, [...(beside.get(key) ?? []), item]);
  }
  return beside;
}
