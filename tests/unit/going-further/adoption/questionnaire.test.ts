import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../../src/domain/commands';
import { addField, removeField } from '../../../../src/domain/form/commands';
import type { Form } from '../../../../src/domain/form/schema';
import { formSchema } from '../../../../src/domain/form/schema';
import { formToJsonSchema } from '../../../../src/domain/form/jsonSchema';
import { diffGoingFurther } from '../../../../src/domain/going-further/diff';
import { adoptionDossier } from '../../../../src/domain/going-further/adoption/dossier';
import {
  mainFormSlot,
  onFormSlot,
  parseSlotKey,
  slotForm,
  slotKey,
} from '../../../../src/domain/going-further/adoption/formSlots';
import {
  changeNoteDocument,
  defaultEvaluationForm,
  defaultQuestionnaire,
  questionsOf,
  responseFromAnswers,
} from '../../../../src/domain/going-further/adoption/questionnaire';
import {
  createEvaluationForm,
  createQuestionnaire,
  recordResponse,
  removeRemark,
  updateRemark,
} from '../../../../src/domain/going-further/adoption/questionnaireChanges';
import { questionnaireWording } from '../../../../src/domain/going-further/adoption/questionnaireWording';
import {
  adoptionSchema,
  type Adoption,
  type SessionRemark,
} from '../../../../src/domain/going-further/adoption/schema';
import { ADOPTION_TEXT_MAX } from '../../../../src/domain/going-further/adoption/vocabulary';
import { createPrototype } from '../../../../src/domain/prototype/create';
import type { Prototype } from '../../../../src/domain/prototype/schema';

const words = questionnaireWording.fr;
const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};
const session = {
  id: 's1',
  role: 'Agent instructeur',
  level: 'collective' as const,
  date: '',
  attendeeIds: [],
  others: '',
  exerciseIds: [],
};
const planned: Adoption = { training: { sessions: [session] } };
const withQuestionnaire = (form: Form = defaultQuestionnaire(words, counter())): Adoption =>
  createQuestionnaire(planned, { sessionId: 's1', form });
const feedbackOf = (adoption: Adoption) => adoption.training!.sessions[0]!.feedback!;
const prototypeWith = (adoption: Adoption): Prototype => ({
  ...createPrototype('Cantine', new Date('2026-12-01T10:00:00Z'), 'p1'),
  goingFurther: { adoption },
});
const context = (recorded = 0) => ({
  id: 'r1',
  at: '2026-12-05T10:00:00.000Z',
  makeId: counter(),
  recorded,
  max: 10,
});

describe('the default questionnaire and evaluation form', () => {
  it('is a small valid form in the document language: satisfaction 1 to 5 and three free texts', () => {
    const form = defaultQuestionnaire(words, counter());
    expect(formSchema.safeParse(form).success).toBe(true);
    expect(questionsOf(form).map((field) => field.label)).toEqual([
      'Dans l’ensemble, êtes-vous satisfait de la formation ?',
      'Qu’avez-vous appris ?',
      'Qu’est-ce qui vous a manqué ?',
      'Remarques sur le service',
    ]);
    expect(form.pages[0]!.fields[0]!.options).toHaveLength(5);
    expect(questionsOf(defaultQuestionnaire(questionnaireWording.en, counter()))[1]!.label).toBe(
      'What did you learn?',
    );
  });

  it('asks the target population whether they used the service, and the rest only if they did', () => {
    const form = defaultEvaluationForm(words, counter());
    expect(formSchema.safeParse(form).success).toBe(true);
    const [used, satisfaction, ...rest] = questionsOf(form);
    expect(used!.type).toBe('yesNo');
    expect(satisfaction!.visibleWhen).toEqual({
      all: [{ field: used!.id, op: 'equals', value: 'yes' }],
    });
    expect(rest.map((field) => field.key)).toEqual(['facilite', 'temps_gagne', 'ameliorer']);
    const schema = formToJsonSchema(form, 'Évaluation');
    expect(Object.keys(schema.properties as object)).toEqual(
      expect.arrayContaining(['utilise', 'satisfaction', 'ameliorer']),
    );
  });
});

describe('a response sent from the questionnaire’s preview', () => {
  const form = defaultQuestionnaire(words, counter());
  const [satisfaction, learned, missing] = questionsOf(form);

  it('is kept in words, and each free text becomes a remark to analyse', () => {
    const result = responseFromAnswers(
      form,
      { [satisfaction!.id]: '5', [learned!.id]: 'Les statuts', [missing!.id]: '  ' },
      context(),
      words,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.answers).toEqual([
      { question: satisfaction!.label, answer: '5 — Tout à fait' },
      { question: learned!.label, answer: 'Les statuts' },
    ]);
    expect(result.remarks).toEqual([
      {
        id: 'id1',
        responseId: 'r1',
        question: 'Qu’avez-vous appris ?',
        text: 'Les statuts',
        analysis: '',
        priority: 'medium',
      },
    ]);
  });

  it('is refused with its reason when the questionnaire has no question: nothing recorded', () => {
    const empty: Form = { pages: [{ id: 'p', title: 'Avis', fields: [] }] };
    expect(responseFromAnswers(empty, {}, context(), words)).toEqual({
      ok: false,
      refusal: { kind: 'noQuestion' },
    });
  });

  it('is refused when nothing was answered, or when the session is full', () => {
    expect(responseFromAnswers(form, {}, context(), words)).toEqual({
      ok: false,
      refusal: { kind: 'empty' },
    });
    expect(responseFromAnswers(form, { [learned!.id]: 'x' }, context(10), words)).toEqual({
      ok: false,
      refusal: { kind: 'full', max: 10 },
    });
  });

  it('is refused, saying which answer and how long, for a text of 100 000 characters', () => {
    const result = responseFromAnswers(
      form,
      { [learned!.id]: 'a'.repeat(100_000) },
      context(),
      words,
    );
    expect(result).toEqual({
      ok: false,
      refusal: {
        kind: 'tooLong',
        question: 'Qu’avez-vous appris ?',
        length: 100_000,
        max: ADOPTION_TEXT_MAX,
      },
    });
  });
});

describe('the session’s feedback changes', () => {
  const remark: SessionRemark = {
    id: 'k1',
    question: 'Qu’avez-vous appris ?',
    text: 'Les statuts',
    analysis: '',
    priority: 'medium',
  };
  const response = { id: 'r1', at: '2026-12-05T10:00:00.000Z', answers: [] };

  it('creates the questionnaire once, and keeps it in a file that still reads', () => {
    const created = withQuestionnaire();
    expect(createQuestionnaire(created, { sessionId: 's1', form: { pages: [] } as never })).toBe(
      created,
    );
    expect(adoptionSchema.safeParse(created).success).toBe(true);
    expect(
      createQuestionnaire(planned, { sessionId: 'gone', form: feedbackOf(created).form }),
    ).toBe(planned);
  });

  it('records a response with its remarks, then analyses, prioritises and links a remark', () => {
    const recorded = recordResponse(withQuestionnaire(), {
      sessionId: 's1',
      response,
      remarks: [remark],
    });
    expect(feedbackOf(recorded).responses).toEqual([response]);
    const target = { kind: 'field' as const, id: 'f1', label: 'Nom' };
    const analysed = updateRemark(recorded, {
      sessionId: 's1',
      id: 'k1',
      changes: { analysis: 'Le guide l’oublie', priority: 'high', changeTo: 'prototype', target },
    });
    expect(feedbackOf(analysed).remarks[0]).toMatchObject({
      analysis: 'Le guide l’oublie',
      priority: 'high',
      changeTo: 'prototype',
      target,
    });
    // A change to the guide concerns no part of the prototype.
    const toGuide = updateRemark(analysed, {
      sessionId: 's1',
      id: 'k1',
      changes: { changeTo: 'guide' },
    });
    expect(feedbackOf(toGuide).remarks[0]!.target).toBeUndefined();
    expect(
      updateRemark(toGuide, { sessionId: 's1', id: 'k1', changes: { changeTo: 'guide' } }),
    ).toBe(toGuide);
    expect(feedbackOf(removeRemark(toGuide, { sessionId: 's1', id: 'k1' })).remarks).toEqual([]);
    expect(adoptionSchema.safeParse(toGuide).success).toBe(true);
  });

  it('refuses a response for a session without a questionnaire, with a message key', () => {
    expect(() => recordResponse(planned, { sessionId: 's1', response, remarks: [] })).toThrow(
      CommandRefusedError,
    );
  });

  it('gives the evaluation its form once', () => {
    const form = defaultEvaluationForm(words, counter());
    const created = createEvaluationForm({}, { form });
    expect(created.evaluationForm).toBe(form);
    expect(createEvaluationForm(created, { form: defaultEvaluationForm(words, counter()) })).toBe(
      created,
    );
  });
});

describe('the note of what changed thanks to the remarks', () => {
  it('tells the changes decided, most important first, and where they are made', () => {
    const note = changeNoteDocument(
      [
        {
          id: 'a',
          question: 'Q',
          text: 'Trop long',
          analysis: '',
          priority: 'low',
          changeTo: 'guide',
          change: 'Guide raccourci.',
        },
        {
          id: 'b',
          question: 'Q',
          text: 'Pas clair',
          analysis: '',
          priority: 'high',
          changeTo: 'prototype',
          target: { kind: 'field', id: 'f', label: 'Nom' },
          change: 'Aide ajoutée.',
        },
        { id: 'c', question: 'Q', text: 'Rien à dire', analysis: '', priority: 'high' },
      ],
      words,
    );
    expect(note.title).toBe('Ce qui a changé grâce à vos remarques');
    expect(note.blocks[1]).toEqual({
      kind: 'list',
      items: [
        'Vous avez dit : « Pas clair ». Prototype — Nom : Aide ajoutée.',
        'Vous avez dit : « Trop long ». Guide de formation : Guide raccourci.',
      ],
    });
    expect(changeNoteDocument([], words).blocks[1]).toEqual({
      kind: 'paragraph',
      text: words.noteNone,
    });
  });
});

describe('the designer’s form slot', () => {
  const prototype = prototypeWith({
    ...withQuestionnaire(),
    evaluationForm: defaultEvaluationForm(words, counter()),
  });
  const slot = { kind: 'questionnaire' as const, sessionId: 's1' };
  const add = addField({
    type: 'shortText',
    id: 'new',
    at: { pageId: feedbackOf(prototype.goingFurther!.adoption!).form.pages[0]!.id, index: 0 },
    text: { label: 'Votre service', optionLabels: [] },
  });

  it('runs a form command on the questionnaire and leaves the main form alone', () => {
    const next = onFormSlot(slot, add).apply(prototype);
    expect(next.form).toBe(prototype.form);
    expect(questionsOf(slotForm(next, slot)!)[0]!.label).toBe('Votre service');
    expect(feedbackOf(next.goingFurther!.adoption!).responses).toEqual([]);
    const removed = onFormSlot(slot, removeField({ id: 'new' })).apply(next);
    expect(slotForm(removed, slot)).toEqual(slotForm(prototype, slot));
  });

  it('runs a form command on the evaluation form', () => {
    const evaluation = { kind: 'evaluation' as const };
    const page = slotForm(prototype, evaluation)!.pages[0]!.id;
    const next = onFormSlot(
      evaluation,
      addField({
        type: 'shortText',
        id: 'x',
        at: { pageId: page, index: 0 },
        text: { label: 'Commune', optionLabels: [] },
      }),
    ).apply(prototype);
    expect(questionsOf(slotForm(next, evaluation)!)).toHaveLength(6);
    expect(next.form).toBe(prototype.form);
  });

  it('leaves the main form’s commands as they are, and changes nothing for a slot that is gone', () => {
    expect(onFormSlot(mainFormSlot, add)).toBe(add);
    const gone = { kind: 'questionnaire' as const, sessionId: 'gone' };
    expect(onFormSlot(gone, add).apply(prototype)).toBe(prototype);
  });

  it('reads back from the address the slot it was written as', () => {
    expect(parseSlotKey(slotKey(slot))).toEqual(slot);
    expect(parseSlotKey('evaluation')).toEqual({ kind: 'evaluation' });
    expect(parseSlotKey(null)).toEqual(mainFormSlot);
    expect(parseSlotKey('anything')).toEqual(mainFormSlot);
  });

  it('is compared between versions and shown in the dossier', async () => {
    const next = onFormSlot(slot, add).apply(prototype);
    expect(diffGoingFurther(prototype, next).goingFurther).toEqual(['adoption']);
    const dossier = await adoptionDossier(next, {
      t: (key: string) => (key === 'documentLanguage' ? 'fr' : key),
    } as never);
    const plan = dossier.find((document) => document.title === 'Plan de formation')!;
    const questions = plan.blocks.find(
      (block) =>
        block.kind === 'table' &&
        block.caption === 'Questionnaire de retour — 1 — Agent instructeur',
    );
    expect(questions).toMatchObject({ rows: expect.arrayContaining([['Votre service', 'Oui']]) });
    const evaluation = dossier.find(
      (document) => document.title === 'Évaluation après la mise en ligne',
    )!;
    expect(evaluation.blocks).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        caption: 'Formulaire d’évaluation auprès du public visé',
      }),
    );
  });
});
