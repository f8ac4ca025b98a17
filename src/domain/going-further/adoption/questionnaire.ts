import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import { allFields } from '../../form/fields';
import { isAnswerable } from '../../form/registry';
import type { Field, FieldOption, Form } from '../../form/schema';
import type { QuestionnaireWording } from './questionnaireWording';
import type {
  QuestionnaireAnswer,
  QuestionnaireResponse,
  SessionRemark,
  TrainingSession,
} from './schema';
import { ADOPTION_TEXT_MAX, ITEMS_MAX } from './vocabulary';

/** Makes the stable ids of a new form's pages, fields and options. */
export type MakeId = () => string;

/** The field types whose answer is the trainee's own words: each becomes a remark to analyse. */
const freeTextTypes: ReadonlySet<Field['type']> = new Set(['shortText', 'longText']);

const options = (labels: readonly string[], makeId: MakeId): FieldOption[] =>
  labels.map((label, index) => ({ id: makeId(), value: String(index + 1), label }));

const choice = (
  makeId: MakeId,
  key: string,
  label: string,
  labels: readonly string[],
  justification: string,
): Field => ({
  id: makeId(),
  key,
  type: 'radio',
  label,
  required: true,
  options: options(labels, makeId),
  justification,
});

const freeText = (makeId: MakeId, key: string, label: string, justification: string): Field => ({
  id: makeId(),
  key,
  type: 'longText',
  label,
  // The preview says at once that an answer is too long to be kept in the file.
  validation: { maxLength: ADOPTION_TEXT_MAX },
  justification,
});

/**
 * A small questionnaire for the trainees of a session: satisfaction from 1 to 5, then what
 * they learned, what they missed, and remarks on the service, in the document's language.
 */
export function defaultQuestionnaire(words: QuestionnaireWording, makeId: MakeId): Form {
  const q = words.questionnaire;
  return {
    pages: [
      {
        id: makeId(),
        title: q.page,
        fields: [
          choice(makeId, 'satisfaction', q.satisfaction, q.scale, q.why),
          freeText(makeId, 'appris', q.learned, q.why),
          freeText(makeId, 'manque', q.missing, q.why),
          freeText(makeId, 'remarques_service', q.service, q.why),
        ],
      },
    ],
  };
}

/**
 * The evaluation form for the target population: did they use the online service, are
 * they satisfied, was it easy, did it save time, what should be improved.
 */
export function defaultEvaluationForm(words: QuestionnaireWording, makeId: MakeId): Form {
  const e = words.evaluation;
  const usedId = makeId();
  // Who did not use the service is not asked how it went.
  const ifUsed = { all: [{ field: usedId, op: 'equals' as const, value: 'yes' }] };
  return {
    pages: [
      {
        id: makeId(),
        title: e.page,
        fields: [
          {
            id: usedId,
            key: 'utilise',
            type: 'yesNo',
            label: e.used,
            required: true,
            justification: e.why,
          },
          {
            ...choice(makeId, 'satisfaction', e.satisfaction, words.questionnaire.scale, e.why),
            visibleWhen: ifUsed,
          },
          { ...choice(makeId, 'facilite', e.ease, e.easeScale, e.why), visibleWhen: ifUsed },
          {
            ...choice(makeId, 'temps_gagne', e.timeSaved, e.timeScale, e.why),
            visibleWhen: ifUsed,
          },
          freeText(makeId, 'ameliorer', e.improve, e.why),
        ],
      },
    ],
  };
}

/** The questions of a form: the fields a person answers (not sections nor explanations). */
export function questionsOf(form: Form): Field[] {
  return allFields(form)
    .map(({ field }) => field)
    .filter((field) => isAnswerable(field.type));
}

/** Why an answer set cannot be recorded; each is said to the person in plain words. */
export type ResponseRefusal =
  | { kind: 'noQuestion' }
  | { kind: 'empty' }
  | { kind: 'tooLong'; question: string; length: number; max: number }
  | { kind: 'full'; max: number };

/** An answer in words: a choice's label, yes or no, a typed text. */
function answerText(field: Field, value: unknown, words: QuestionnaireWording): string {
  const label = (v: unknown) =>
    field.type === 'yesNo'
      ? v === 'yes'
        ? words.yes
        : v === 'no'
          ? words.no
          : String(v)
      : (field.options?.find((option) => option.value === v)?.label ?? String(v));
  if (field.type === 'group' && Array.isArray(value)) return words.blocks(value.length);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (value !== null && typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .filter((part) => typeof part === 'string' && part.trim() !== '')
      .join(' ');
  }
  return label(value);
}

/**
 * Turns the answers sent from the questionnaire's preview (by field id) into a response kept
 * in words, and each non-empty free text into a remark to analyse. Nothing is recorded, and
 * the reason is given, when the questionnaire has no question, nothing was answered, an
 * answer is too long for the file, or the session holds as many responses as it can.
 */
export function responseFromAnswers(
  form: Form,
  answers: Readonly<Record<string, unknown>>,
  context: { id: string; at: string; makeId: MakeId; recorded: number; max: number },
  words: QuestionnaireWording,
):
  | { ok: true; response: QuestionnaireResponse; remarks: SessionRemark[] }
  | { ok: false; refusal: ResponseRefusal } {
  const questions = questionsOf(form);
  if (questions.length === 0) return { ok: false, refusal: { kind: 'noQuestion' } };
  if (context.recorded >= context.max)
    return { ok: false, refusal: { kind: 'full', max: context.max } };
  const kept: QuestionnaireAnswer[] = [];
  const remarks: SessionRemark[] = [];
  for (const field of questions) {
    const value = answers[field.id];
    if (value === undefined || value === null || value === '') continue;
    const answer = answerText(field, value, words).trim();
    if (answer === '') continue;
    const question = field.label.trim() || field.key;
    if (answer.length > ADOPTION_TEXT_MAX)
      return {
        ok: false,
        refusal: { kind: 'tooLong', question, length: answer.length, max: ADOPTION_TEXT_MAX },
      };
    kept.push({ question, answer });
    if (freeTextTypes.has(field.type))
      remarks.push({
        id: context.makeId(),
        responseId: context.id,
        question,
        text: answer,
        analysis: '',
        priority: 'medium',
      });
  }
  if (kept.length === 0) return { ok: false, refusal: { kind: 'empty' } };
  return {
    ok: true,
    response: { id: context.id, at: context.at, answers: kept.slice(0, ITEMS_MAX) },
    remarks,
  };
}

/** How a session is named in its documents: its role, or its number when it has none. */
export type SessionName = (session: TrainingSession, index: number) => string;

/** Where a remark's change is made, in words: the guide, or the prototype's part named. */
function changePlace(remark: SessionRemark, words: QuestionnaireWording): string {
  if (!remark.changeTo) return '';
  const where = words.changeTo[remark.changeTo];
  return remark.changeTo === 'prototype' && remark.target
    ? `${where} — ${remark.target.label}`
    : where;
}

/** The remarks that led to a change, in priority order: what the note to the trainees tells. */
export function changedRemarks(remarks: readonly SessionRemark[]): SessionRemark[] {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return remarks
    .filter((remark) => remark.changeTo && remark.change?.trim())
    .sort((a, b) => rank[a.priority] - rank[b.priority]);
}

/** The note to a session's trainees: what changed thanks to their remarks, and where. */
export function changeNoteDocument(
  remarks: readonly SessionRemark[],
  words: QuestionnaireWording,
): FabrikDocument {
  const changed = changedRemarks(remarks);
  return {
    title: words.noteTitle,
    blocks: [
      { kind: 'paragraph', text: words.noteIntro },
      changed.length === 0
        ? { kind: 'paragraph', text: words.noteNone }
        : {
            kind: 'list',
            items: changed.map((remark) =>
              words.noteItem(remark.text, remark.change!.trim(), changePlace(remark, words)),
            ),
          },
    ],
  };
}

/**
 * The feedback of every session that has a questionnaire, for the dossier, the PDF and the
 * DOCX: its questions, how many answered, each remark with its analysis, priority and
 * change, then the note to the trainees.
 */
export function sessionFeedbackBlocks(
  sessions: readonly TrainingSession[],
  name: SessionName,
  words: QuestionnaireWording,
): DocumentBlock[] {
  return sessions.flatMap((session, index) => {
    const feedback = session.feedback;
    if (!feedback) return [];
    const label = name(session, index);
    const note = changeNoteDocument(feedback.remarks, words);
    return [
      { kind: 'heading', level: 1, text: words.feedbackTitle(label) },
      {
        kind: 'table',
        caption: words.questionsCaption(label),
        columns: [...words.questionsColumns],
        rows: questionsOf(feedback.form).map((field) => [
          field.label.trim() || field.key,
          field.required ? words.yes : words.no,
        ]),
      },
      { kind: 'paragraph', text: words.responses(feedback.responses.length) },
      ...(feedback.remarks.length === 0
        ? []
        : [
            {
              kind: 'table' as const,
              caption: words.remarksCaption(label),
              columns: [...words.remarksColumns],
              rows: feedback.remarks.map((remark) => [
                remark.text,
                remark.analysis,
                words.priorities[remark.priority],
                remark.change?.trim() || words.noChange,
                changePlace(remark, words),
              ]),
            },
          ]),
      { kind: 'heading', level: 2, text: note.title },
      ...note.blocks,
    ];
  });
}

/** The evaluation form's questions, for the evaluation's document. */
export function evaluationFormBlocks(
  form: Form | undefined,
  words: QuestionnaireWording,
): DocumentBlock[] {
  if (!form) return [];
  return [
    { kind: 'heading', level: 1, text: words.evaluationFormTitle },
    { kind: 'paragraph', text: words.evaluationFormIntro },
    {
      kind: 'table',
      caption: words.evaluationFormTitle,
      columns: [...words.questionsColumns],
      rows: questionsOf(form).map((field) => [
        field.label.trim() || field.key,
        field.required ? words.yes : words.no,
      ]),
    },
  ];
}

/** The training plan with, after it, each session's feedback and the note to its trainees. */
export function withSessionFeedback(
  plan: FabrikDocument,
  sessions: readonly TrainingSession[],
  noRole: string,
  words: QuestionnaireWording,
): FabrikDocument {
  const blocks = sessionFeedbackBlocks(
    sessions,
    (session, index) => `${index + 1} — ${session.role.trim() || noRole}`,
    words,
  );
  return blocks.length === 0 ? plan : { ...plan, blocks: [...plan.blocks, ...blocks] };
}

/** The evaluation's document with, after it, the questions of its evaluation form. */
export function withEvaluationForm(
  evaluation: FabrikDocument,
  form: Form | undefined,
  words: QuestionnaireWording,
): FabrikDocument {
  const blocks = evaluationFormBlocks(form, words);
  return blocks.length === 0
    ? evaluation
    : { ...evaluation, blocks: [...evaluation.blocks, ...blocks] };
}
