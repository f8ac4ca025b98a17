import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import { resolvePart, type ResolvedPart } from './edits';
import type { PilotCoverage } from './pilotCoverage';
import type { PilotWay } from './pilotWays';
import type { PilotWording } from './pilotWording';
import type { EditedPart, FeedbackPriority, Pilot, PilotFeedback } from './schema';

/** The parts of the report the team may reword. */
export const pilotReportParts = ['lessons', 'changes', 'recommendations'] as const;
export type PilotReportPart = (typeof pilotReportParts)[number];

export const pilotReportKey = (part: PilotReportPart) => `pilot-report:${part}`;

const rank: Record<FeedbackPriority, number> = { high: 0, medium: 1, low: 2 };

/** High priority first, anomalies before remarks, then in the order recorded. */
export function byPriority(feedback: readonly PilotFeedback[]): PilotFeedback[] {
  return feedback
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        rank[a.item.priority] - rank[b.item.priority] ||
        Number(b.item.kind === 'anomaly') - Number(a.item.kind === 'anomaly') ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

/**
 * A feedback item in one line: what it concerns, then the first words of `text` (the
 * feedback's own, unless the change it led to is asked for).
 */
function summary(item: PilotFeedback, words: PilotWording, text = item.text): string {
  const firstLine = text.trim().split('\n')[0] ?? '';
  const short = firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
  return item.target ? words.labelled(targetText(item, words), short) : short;
}

/** What the prototype would write in each rewordable part, from the recorded pilot. */
export function generatedReportParts(
  pilot: Pilot,
  coverage: PilotCoverage,
  words: PilotWording,
): Record<PilotReportPart, string> {
  const sorted = byPriority(pilot.feedback);
  const kept = sorted.filter((item) => item.status === 'accepted' || item.status === 'done');
  const done = sorted.filter((item) => item.status === 'done');
  const open = sorted.filter(
    (item) => item.status === 'open' || (item.kind === 'anomaly' && item.status === 'accepted'),
  );
  return {
    lessons: kept.length ? words.lessonsDraft(kept.map((i) => summary(i, words))) : words.noLessons,
    // What was changed reads best in the team's words of the change, when they wrote them.
    changes: done.length
      ? words.changesDraft(done.map((i) => summary(i, words, i.change?.trim() || i.text)))
      : words.noChanges,
    recommendations:
      open.length || coverage.uncovered.length
        ? words.recommendationsDraft(
            open.map((i) => summary(i, words)),
            coverage.uncovered.length,
          )
        : words.noRecommendations,
  };
}

/** Each rewordable part as the report shows it: the team's text, or the prototype's. */
export function resolvedReportParts(
  pilot: Pilot,
  coverage: PilotCoverage,
  words: PilotWording,
  edits: readonly EditedPart[] | undefined,
): Record<PilotReportPart, ResolvedPart & { generated: string }> {
  const generated = generatedReportParts(pilot, coverage, words);
  const resolve = (part: PilotReportPart) => ({
    ...resolvePart(pilotReportKey(part), generated[part], edits),
    generated: generated[part],
  });
  return {
    lessons: resolve('lessons'),
    changes: resolve('changes'),
    recommendations: resolve('recommendations'),
  };
}

/** A way as one line of the report and of the screen. */
export function describeWay(way: PilotWay, words: PilotWording): string {
  return way.kind === 'path'
    ? words.pathWay(way.steps)
    : words.conditionWay(way.label, way.rule, way.met);
}

function targetText(item: PilotFeedback, words: PilotWording): string {
  return item.target
    ? words.target(words.targetKinds[item.target.kind], item.target.label)
    : words.noTarget;
}

/**
 * The pilot report: participants by profile, the ways nobody tried, the feedback by
 * priority, then lessons, changes and recommendations (the team's words when they changed
 * them), and where the pilot's end criteria stand.
 */
export function pilotReportDocument(
  pilot: Pilot,
  coverage: PilotCoverage,
  parts: Record<PilotReportPart, { text: string }>,
  words: PilotWording,
  /** The pilot's end criteria as checked from the recorded data, one line each. */
  criteria: readonly string[],
): FabrikDocument {
  const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
  const heading = (text: string): DocumentBlock => ({ kind: 'heading', level: 1, text });
  const blocks: DocumentBlock[] = [
    paragraph(words.intro(pilot.participants.length, pilot.profiles.length)),
    heading(words.participants),
    {
      kind: 'table',
      caption: words.profilesCaption,
      columns: [...words.profilesColumns],
      rows: pilot.profiles.map((profile) => [
        profile.name,
        String(coverage.counts.get(profile.id) ?? 0),
        String(profile.covers.length),
      ]),
    },
  ];
  if (coverage.withoutProfile > 0)
    blocks.push(paragraph(words.withoutProfile(coverage.withoutProfile)));
  blocks.push(heading(words.coverage));
  if (coverage.uncovered.length === 0) blocks.push(paragraph(words.allCovered));
  else {
    blocks.push(paragraph(words.uncovered(coverage.uncovered.length)));
    blocks.push({ kind: 'list', items: coverage.uncovered.map((way) => describeWay(way, words)) });
  }
  blocks.push(heading(words.feedback));
  if (pilot.feedback.length === 0) blocks.push(paragraph(words.noFeedback));
  else {
    blocks.push({
      kind: 'table',
      caption: words.feedbackCaption,
      columns: [...words.feedbackColumns],
      rows: byPriority(pilot.feedback).map((item) => [
        words.priorities[item.priority],
        words.kinds[item.kind],
        item.target
          ? `${words.targetKinds[item.target.kind]} « ${item.target.label} »`
          : words.noTarget,
        item.text,
        words.statuses[item.status],
      ]),
    });
  }
  blocks.push(heading(words.lessons), paragraph(parts.lessons.text));
  blocks.push(heading(words.changes), paragraph(parts.changes.text));
  blocks.push(heading(words.recommendations), paragraph(parts.recommendations.text));
  blocks.push(heading(words.endCriteria), { kind: 'list', items: [...criteria] });
  return { title: words.title, blocks };
}
