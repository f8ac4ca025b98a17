import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Form } from '../../../domain/form/schema';
import { recordQuestionnaireResponse } from '../../../domain/going-further/adoption/commands';
import {
  questionsOf,
  responseFromAnswers,
  type ResponseRefusal,
} from '../../../domain/going-further/adoption/questionnaire';
import { questionnaireWording } from '../../../domain/going-further/adoption/questionnaireWording';
import { RESPONSES_MAX } from '../../../domain/going-further/adoption/vocabulary';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { RequesterForm } from '../../../ui/requester-form/RequesterForm';

/** Answers typed in a preview, kept outside the form that is shown. */
export interface TypedAnswers {
  get: () => Record<string, unknown>;
  set: (answers: Record<string, unknown>) => void;
}

type Outcome =
  | { kind: 'answering'; answers?: Record<string, unknown>; refusal?: ResponseRefusal }
  | { kind: 'recorded'; remarks: number };

/**
 * A session's questionnaire answered in the preview, as a trainee would: each answer set
 * sent is recorded in the session, its free texts as remarks to analyse. What cannot be
 * recorded is said, and the answers stay in the boxes to be corrected.
 */
export function QuestionnaireAnswering({
  form,
  sessionId,
  title,
  typed,
}: {
  form: Form;
  sessionId: string;
  title: string;
  /** The answers typed so far, kept by the preview while it goes full screen and back. */
  typed: TypedAnswers;
}) {
  const { t, i18n } = useTranslation('form');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'answering' });
  const [run, setRun] = useState(0);
  if (questionsOf(form).length === 0)
    return <p className="banner banner--warning">{t('slot.noQuestion')}</p>;
  if (outcome.kind === 'recorded')
    return (
      <div>
        <p role="status" className="banner banner--success">
          {t('slot.recorded', { count: outcome.remarks })}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOutcome({ kind: 'answering' });
            setRun((n) => n + 1);
          }}
        >
          {t('slot.answerAgain')}
        </button>
      </div>
    );
  const send = (answers: Record<string, unknown>) => {
    const words = questionnaireWording[i18n.language.startsWith('en') ? 'en' : 'fr'];
    const recorded =
      useEditorStore
        .getState()
        .prototype?.goingFurther?.adoption?.training?.sessions.find((s) => s.id === sessionId)
        ?.feedback?.responses.length ?? 0;
    const result = responseFromAnswers(
      form,
      answers,
      { id: newId(), at: new Date().toISOString(), makeId: newId, recorded, max: RESPONSES_MAX },
      words,
    );
    if (!result.ok) {
      setOutcome({ kind: 'answering', answers, refusal: result.refusal });
      setRun((n) => n + 1);
      return;
    }
    const { response, remarks } = result;
    if (execute(recordQuestionnaireResponse({ sessionId, response, remarks }))) {
      // Sent: the next trainee starts from empty boxes.
      typed.set({});
      setOutcome({ kind: 'recorded', remarks: remarks.length });
    } else {
      setOutcome({ kind: 'answering', answers });
      setRun((n) => n + 1);
    }
  };
  const refusal = outcome.refusal;
  return (
    <>
      {refusal && (
        <p role="alert" className="banner banner--error">
          {t(`slot.refused.${refusal.kind}`, refusal)}
        </p>
      )}
      <RequesterForm
        key={run}
        form={form}
        title={title}
        initialAnswers={outcome.answers ?? typed.get()}
        onAnswersChange={typed.set}
        onSent={send}
      />
    </>
  );
}
