import type { ProcessGraph } from '../../process/graph';
import type { Tracking } from '../../tracking/schema';
import type { GuideStep, RoleGuide } from './guide';
import type { AdoptionWording } from './wording';

export interface QuizOption {
  /** Stable within the quiz: what an answer on screen refers to. */
  id: string;
  text: string;
  correct: boolean;
}

/** A question with exactly one right option, or a note saying why a step has none. */
export type QuizItem =
  | {
      kind: 'question';
      id: string;
      stepId: string;
      topic: 'status' | 'delay';
      question: string;
      options: QuizOption[];
    }
  | { kind: 'note'; id: string; stepId: string; text: string };

/** At most this many wrong options: four choices read well on screen and on paper. */
const MAX_WRONG = 3;

const same = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** A small stable number from a text, so the right option's place varies but never moves. */
function spread(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

/** The right option among the wrong ones, at a place that depends on the question only. */
function arrange(id: string, right: QuizOption, wrong: QuizOption[]): QuizOption[] {
  const options = [...wrong];
  options.splice(spread(id) % (wrong.length + 1), 0, right);
  return options;
}

/** Distinct texts, the first of each kept, none equal to the right answer. */
function distinctWrong(right: string, candidates: readonly string[]): string[] {
  const kept: string[] = [];
  for (const text of candidates) {
    if (text.trim() === '' || same(text, right) || kept.some((other) => same(other, text)))
      continue;
    kept.push(text);
  }
  return kept.slice(0, MAX_WRONG);
}

function statusItem(step: GuideStep, tracking: Tracking, words: AdoptionWording): QuizItem {
  const id = `${step.id}:status`;
  const status = step.status;
  if (!status || status.unknown || !status.visibleToRequester) {
    return { kind: 'note', id, stepId: step.id, text: words.quizNoStatus(step.name) };
  }
  // The statuses this step may lead to are the most plausible mistakes, then the others.
  const nearby = (step.decision?.ways ?? []).flatMap((way) => way.statuses.map((s) => s.label));
  const others = tracking.statuses.filter((s) => s.visibleToRequester).map((s) => s.label);
  const wrong = distinctWrong(status.label, [...nearby, ...others]);
  if (wrong.length === 0) {
    return { kind: 'note', id, stepId: step.id, text: words.quizNoWrongStatus(step.name) };
  }
  return {
    kind: 'question',
    id,
    stepId: step.id,
    topic: 'status',
    question: words.quizStatusQuestion(step.name),
    options: arrange(
      id,
      { id: `${id}:right`, text: status.label, correct: true },
      wrong.map((text, index) => ({ id: `${id}:wrong-${index}`, text, correct: false })),
    ),
  };
}

/** Every time limit the prototype gives, in working days: where wrong delays come from. */
function prototypeDelays(graph: ProcessGraph, tracking: Tracking): number[] {
  const all = [
    ...graph.elements.map((element) => element.delayDays),
    ...tracking.statuses.map((status) => status.timeLimitDays),
  ].filter((days): days is number => typeof days === 'number' && days > 0);
  return [...new Set(all)].sort((a, b) => a - b);
}

function delayItem(step: GuideStep, delays: number[], words: AdoptionWording): QuizItem | null {
  if (step.delayDays === undefined) return null;
  const right = step.delayDays;
  // The closest other delays are the likeliest confusions.
  const wrong = delays
    .filter((days) => days !== right)
    .sort((a, b) => Math.abs(a - right) - Math.abs(b - right) || a - b)
    .slice(0, MAX_WRONG);
  if (wrong.length === 0) return null;
  const id = `${step.id}:delay`;
  return {
    kind: 'question',
    id,
    stepId: step.id,
    topic: 'delay',
    question: words.quizDelayQuestion(step.name),
    options: arrange(
      id,
      { id: `${id}:right`, text: words.days(right), correct: true },
      wrong.map((days, index) => ({
        id: `${id}:wrong-${index}`,
        text: words.days(days),
        correct: false,
      })),
    ),
  };
}

/**
 * The quiz of a role's guide: per step, what the requester then sees, and its time limit.
 * A step whose status cannot be asked about (none, internal, or no other status to offer
 * as a mistake) gets a note saying so instead of a question that could not be wrong.
 */
export function roleQuiz(
  guide: RoleGuide,
  graph: ProcessGraph,
  tracking: Tracking,
  words: AdoptionWording,
): QuizItem[] {
  const delays = prototypeDelays(graph, tracking);
  return guide.steps.flatMap((step) => {
    const delay = delayItem(step, delays, words);
    return delay ? [statusItem(step, tracking, words), delay] : [statusItem(step, tracking, words)];
  });
}

/** Whether an answer is the right one; an option the question does not have is wrong. */
export function isRightAnswer(item: QuizItem, optionId: string): boolean {
  return item.kind === 'question' && item.options.some((o) => o.id === optionId && o.correct);
}
