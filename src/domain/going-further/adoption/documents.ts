import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { PlaceholderField } from '../../tracking/placeholders';
import { toTypedTemplate } from '../../tracking/placeholders';
import type { Exercise } from './exercises';
import type { FaqDraft, FaqEntry } from './faq';
import type { GuideNeighbour, GuideStatus, GuideStep, RoleGuide } from './guide';
import type { GuidePicture, GuidePictures } from './guidePictures';
import type { QuizItem } from './quiz';
import type { AdoptionWording, DocumentLanguage } from './wording';

/** What the drafted documents need besides the guide: the words and how to show placeholders. */
export interface DocumentContext {
  words: AdoptionWording;
  language: DocumentLanguage;
  /** The form's fields, so a message subject shows its placeholders by name. */
  fields: readonly PlaceholderField[];
}

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
const heading = (level: 1 | 2, text: string): DocumentBlock => ({
  kind: 'heading',
  level,
  text,
});

function statusText(status: GuideStatus, { words }: DocumentContext): string {
  if (status.unknown) return words.unknownStatus(status.id);
  return status.visibleToRequester ? words.quote(status.label) : words.internalStatus(status.label);
}

function neighbours(list: readonly GuideNeighbour[], { words }: DocumentContext): string {
  return list.map((n) => (n.via ? words.via(n.name, n.via) : n.name)).join(', ');
}

function messageLines(status: GuideStatus, context: DocumentContext): string[] {
  return status.messages.map((message) =>
    context.words.labelled(
      context.words.channels[message.channel],
      toTypedTemplate(message.subject, context.fields, context.language),
    ),
  );
}

const image = (picture: GuidePicture): DocumentBlock => ({
  kind: 'image',
  svg: picture.svg,
  alt: picture.alt,
});

function stepBlocks(
  step: GuideStep,
  context: DocumentContext,
  tracking?: { caption: string; picture: GuidePicture },
): DocumentBlock[] {
  const { words } = context;
  const blocks: DocumentBlock[] = [heading(1, step.name)];
  blocks.push(heading(2, words.arrives));
  blocks.push(
    paragraph(step.arrivesFrom.length ? neighbours(step.arrivesFrom, context) : words.arrivesStart),
  );
  blocks.push(heading(2, words.check), paragraph(step.check?.trim() || words.nothingToCheck));
  blocks.push(heading(2, words.delay));
  blocks.push(paragraph(step.delayDays === undefined ? words.noDelay : words.days(step.delayDays)));
  blocks.push(heading(2, words.requesterSees));
  if (step.status) {
    const explanation = step.status.visibleToRequester ? step.status.explanation.trim() : '';
    blocks.push(
      paragraph(
        explanation
          ? `${statusText(step.status, context)} — ${explanation}`
          : statusText(step.status, context),
      ),
    );
    const lines = messageLines(step.status, context);
    if (lines.length) blocks.push(paragraph(words.messages), { kind: 'list', items: lines });
  } else {
    blocks.push(paragraph(words.noStatus));
  }
  if (tracking) blocks.push(paragraph(tracking.caption), image(tracking.picture));
  if (step.decision) {
    const title = step.decision.kind === 'event' ? words.waitFor : words.decide;
    const question = step.decision.question;
    blocks.push(heading(2, question ? words.labelled(title, question) : title));
    blocks.push({
      kind: 'list',
      items: step.decision.ways.map((way) => {
        const next = way.next.length ? neighbours(way.next, context) : words.nextEnd;
        const seen = way.statuses.length
          ? words.wayStatuses(way.statuses.map((status) => statusText(status, context)).join(', '))
          : words.wayNoStatus;
        const messages = way.statuses.flatMap((status) => messageLines(status, context));
        return [words.way(way.label, next), seen, ...messages].join(' ; ');
      }),
    });
  } else {
    blocks.push(heading(2, words.next));
    blocks.push(paragraph(step.next.length ? neighbours(step.next, context) : words.nextEnd));
  }
  return blocks;
}

function quizBlocks(
  quiz: readonly QuizItem[],
  stepId: string,
  { words }: DocumentContext,
): DocumentBlock[] {
  return quiz
    .filter((item) => item.stepId === stepId)
    .flatMap((item): DocumentBlock[] => {
      if (item.kind === 'note') return [paragraph(item.text)];
      const right = item.options.find((option) => option.correct);
      return [
        paragraph(item.question),
        { kind: 'list', ordered: true, items: item.options.map((option) => option.text) },
        paragraph(words.quizAnswer(right?.text ?? '')),
      ];
    });
}

function exerciseBlocks(
  exercises: readonly Exercise[],
  { words }: DocumentContext,
): DocumentBlock[] {
  if (exercises.length === 0) return [paragraph(words.noExercise)];
  return [
    paragraph(words.exercisesIntro),
    ...exercises.flatMap((exercise, index): DocumentBlock[] => [
      heading(2, words.exerciseTitle(index + 1, exercise.name)),
      paragraph(
        words.exerciseDo(
          exercise.doing
            .map((done) => (done.choice ? words.way(done.choice, done.stepName) : done.stepName))
            .join(', '),
        ),
      ),
      paragraph(words.exerciseSees(exercise.statusLabels.map(words.quote).join(' → '))),
      paragraph(words.exerciseDays(exercise.elapsedDays)),
    ]),
  ];
}

/** What the team or the screen adds to a drafted guide. */
export interface GuideExtras {
  /** The introduction as the team reworded it. */
  intro?: string;
  /** The diagram with the role's steps highlighted, when the screen could render it. */
  picture?: { svg: string; alt: string };
  /** The form as the requester fills it, and their tracking page at each step, with captions. */
  requester?: {
    pictures: GuidePictures;
    formCaption: string;
    trackingCaption: (step: string) => string;
  };
}

/**
 * The training guide of a role as a document: a summary table, each step (what arrives,
 * what to check, the time limit, what the requester sees and receives, what to decide)
 * with its quiz, then the practical exercises.
 */
export function guideDocument(
  guide: RoleGuide,
  quiz: readonly QuizItem[],
  exercises: readonly Exercise[],
  context: DocumentContext,
  { intro, picture, requester }: GuideExtras = {},
): FabrikDocument {
  const { words } = context;
  const blocks: DocumentBlock[] = [
    paragraph(intro ?? words.guideIntro(guide.role, guide.steps.length)),
  ];
  if (guide.steps.length === 0)
    return { title: words.guideTitle(guide.role), blocks: [paragraph(words.noSteps)] };
  if (picture) blocks.push({ kind: 'image', svg: picture.svg, alt: picture.alt });
  if (requester) blocks.push(paragraph(requester.formCaption), image(requester.pictures.form));
  blocks.push({
    kind: 'table',
    caption: words.summaryCaption,
    columns: [...words.summaryColumns],
    rows: guide.steps.map((step) => [
      step.name,
      step.delayDays === undefined ? words.noDelay : words.days(step.delayDays),
      step.status ? statusText(step.status, context) : words.noStatus,
    ]),
  });
  for (const step of guide.steps) {
    const tracking = requester?.pictures.steps.get(step.id);
    blocks.push(
      ...stepBlocks(
        step,
        context,
        tracking && { caption: requester!.trackingCaption(step.name), picture: tracking },
      ),
    );
    const questions = quizBlocks(quiz, step.id, context);
    if (questions.length) blocks.push(heading(2, words.quizTitle), ...questions);
  }
  blocks.push(heading(1, words.exercisesTitle), ...exerciseBlocks(exercises, context));
  return { title: words.guideTitle(guide.role), blocks };
}

function faqSection(
  title: string,
  entries: readonly FaqEntry[],
  words: AdoptionWording,
): DocumentBlock[] {
  return [
    heading(1, title),
    ...(entries.length
      ? entries.flatMap((entry) => [heading(2, entry.question), paragraph(entry.answer)])
      : [paragraph(words.faqEmpty)]),
  ];
}

/** The FAQ draft as a document, one section per source. */
export function faqDocument(draft: FaqDraft, words: AdoptionWording): FabrikDocument {
  return {
    title: words.faqTitle,
    blocks: [
      paragraph(words.faqIntro),
      ...faqSection(words.faqForm, draft.form, words),
      ...faqSection(words.faqStatuses, draft.statuses, words),
      ...faqSection(words.faqExceptions, draft.exceptions, words),
    ],
  };
}
