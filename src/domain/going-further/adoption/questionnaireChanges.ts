import { CommandRefusedError } from '../../commands';
import type { Form } from '../../form/schema';
import type {
  Adoption,
  QuestionnaireResponse,
  SessionFeedback,
  SessionRemark,
  TrainingSession,
} from './schema';
import { ITEMS_MAX, RESPONSES_MAX } from './vocabulary';

type Training = NonNullable<Adoption['training']>;

/** Applies a change to one session's feedback; the same adoption when nothing changes. */
function withFeedback(
  adoption: Adoption,
  sessionId: string,
  change: (
    feedback: SessionFeedback | undefined,
    session: TrainingSession,
  ) => SessionFeedback | undefined,
): Adoption {
  const training: Training | undefined = adoption.training;
  const index = training?.sessions.findIndex((session) => session.id === sessionId) ?? -1;
  const session = training?.sessions[index];
  if (!training || !session) return adoption;
  const next = change(session.feedback, session);
  if (next === session.feedback) return adoption;
  const changed: TrainingSession = { ...session };
  if (next) changed.feedback = next;
  else delete changed.feedback;
  return { ...adoption, training: { sessions: training.sessions.with(index, changed) } };
}

/** Gives a session its questionnaire (the default one, built by the caller), once. */
export function createQuestionnaire(
  adoption: Adoption,
  { sessionId, form }: { sessionId: string; form: Form },
): Adoption {
  return withFeedback(adoption, sessionId, (feedback) =>
    feedback ? feedback : { form, responses: [], remarks: [] },
  );
}

/** The questionnaire as the form designer left it: its responses and remarks stay. */
export function setQuestionnaireForm(
  adoption: Adoption,
  { sessionId, form }: { sessionId: string; form: Form },
): Adoption {
  return withFeedback(adoption, sessionId, (feedback) =>
    !feedback || feedback.form === form ? feedback : { ...feedback, form },
  );
}

/**
 * Keeps one answer set and the remarks drawn from it. Refused, with the reason said, when
 * the session has no questionnaire any more or holds as many responses or remarks as a file
 * may: nothing recorded then, and nothing lost from what was.
 */
export function recordResponse(
  adoption: Adoption,
  {
    sessionId,
    response,
    remarks,
  }: { sessionId: string; response: QuestionnaireResponse; remarks: SessionRemark[] },
): Adoption {
  return withFeedback(adoption, sessionId, (feedback) => {
    if (!feedback) throw new CommandRefusedError('goingFurther-adoption:feedback.noQuestionnaire');
    if (
      feedback.responses.length >= RESPONSES_MAX ||
      feedback.remarks.length + remarks.length > ITEMS_MAX
    )
      throw new CommandRefusedError('goingFurther-adoption:feedback.full', { max: RESPONSES_MAX });
    return {
      ...feedback,
      responses: [...feedback.responses, response],
      remarks: [...feedback.remarks, ...remarks],
    };
  });
}

/** The team's analysis of a remark: its analysis, priority and the change it leads to. */
export function updateRemark(
  adoption: Adoption,
  {
    sessionId,
    id,
    changes,
  }: { sessionId: string; id: string; changes: Partial<Omit<SessionRemark, 'id'>> },
): Adoption {
  return withFeedback(adoption, sessionId, (feedback) => {
    const index = feedback?.remarks.findIndex((remark) => remark.id === id) ?? -1;
    const current = feedback?.remarks[index];
    if (!feedback || !current) return feedback;
    const next: SessionRemark = { ...current, ...changes };
    // An absent value clears the property, so the file holds no `undefined`.
    for (const key of Object.keys(changes) as (keyof SessionRemark)[])
      if (next[key] === undefined) delete next[key];
    // A change made in the guide concerns no part of the prototype.
    if (next.changeTo !== 'prototype') delete next.target;
    if (JSON.stringify(next) === JSON.stringify(current)) return feedback;
    return { ...feedback, remarks: feedback.remarks.with(index, next) };
  });
}

export function removeRemark(
  adoption: Adoption,
  { sessionId, id }: { sessionId: string; id: string },
): Adoption {
  return withFeedback(adoption, sessionId, (feedback) =>
    feedback?.remarks.some((remark) => remark.id === id)
      ? { ...feedback, remarks: feedback.remarks.filter((remark) => remark.id !== id) }
      : feedback,
  );
}

/** Gives the evaluation its form for the target population (the default one), once. */
export function createEvaluationForm(adoption: Adoption, { form }: { form: Form }): Adoption {
  return adoption.evaluationForm ? adoption : { ...adoption, evaluationForm: form };
}

export function setEvaluationForm(adoption: Adoption, { form }: { form: Form }): Adoption {
  return !adoption.evaluationForm || adoption.evaluationForm === form
    ? adoption
    : { ...adoption, evaluationForm: form };
}
