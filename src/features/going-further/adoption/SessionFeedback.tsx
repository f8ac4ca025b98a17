import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import {
  createQuestionnaire,
  removeSessionRemark,
  updateSessionRemark,
} from '../../../domain/going-further/adoption/commands';
import { slotKey } from '../../../domain/going-further/adoption/formSlots';
import {
  changeNoteDocument,
  defaultQuestionnaire,
  questionsOf,
} from '../../../domain/going-further/adoption/questionnaire';
import { questionnaireWording } from '../../../domain/going-further/adoption/questionnaireWording';
import type {
  FeedbackTarget,
  SessionRemark,
  TrainingSession,
} from '../../../domain/going-further/adoption/schema';
import {
  ADOPTION_TEXT_MAX,
  feedbackPriorities,
  remarkChangeKinds,
} from '../../../domain/going-further/adoption/vocabulary';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { targetValue } from './feedbackTargets';
import { TargetSelect } from './PilotFeedbackPart';
import { useDocumentLanguage } from './useAdoption';

type Targets = Record<FeedbackTarget['kind'], FeedbackTarget[]>;

/** A long text of a remark, autosaved; too long a text stays in the box, unsaved, with a message. */
function RemarkText({
  label,
  help,
  value,
  onSave,
}: {
  label: string;
  help?: string;
  value: string;
  onSave: (text: string) => void;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  // Only a text too long for the file is held here; the rest is the prototype's, so undo shows.
  const [overLimit, setOverLimit] = useState<string>();
  return (
    <TextField
      label={label}
      {...(help ? { help } : {})}
      value={overLimit ?? value}
      multiline
      rows={2}
      onChange={(next) => {
        if (next.length > ADOPTION_TEXT_MAX) return setOverLimit(next);
        setOverLimit(undefined);
        onSave(next);
      }}
      error={
        overLimit === undefined
          ? undefined
          : t('part.tooLong', { length: overLimit.length, max: ADOPTION_TEXT_MAX })
      }
    />
  );
}

function RemarkItem({
  sessionId,
  remark,
  targets,
}: {
  sessionId: string;
  remark: SessionRemark;
  targets: Targets;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const change = (changes: Partial<Omit<SessionRemark, 'id'>>) =>
    execute(updateSessionRemark({ sessionId, id: remark.id, changes }));
  const title = t('feedback.remark', { question: remark.question });
  return (
    <li className="adoption__feedback-item">
      <fieldset className="adoption__audience">
        <legend>{title}</legend>
        <p className="adoption__feedback-text">{remark.text}</p>
        <RemarkText
          label={t('feedback.analysis')}
          value={remark.analysis}
          onSave={(analysis) => change({ analysis })}
        />
        <SelectField
          label={t('feedback.priority')}
          value={remark.priority}
          options={feedbackPriorities.map((p) => ({ value: p, label: t(`pilot.priorities.${p}`) }))}
          onChange={(priority) => change({ priority })}
        />
        <SelectField
          label={t('feedback.changeTo')}
          value={remark.changeTo ?? ''}
          options={[
            { value: '', label: t('feedback.noChange') },
            ...remarkChangeKinds.map((kind) => ({
              value: kind,
              label: t(`feedback.changeKinds.${kind}`),
            })),
          ]}
          onChange={(changeTo) => change({ changeTo: changeTo || undefined })}
        />
        {remark.changeTo === 'prototype' && (
          <TargetSelect
            label={t('feedback.target')}
            targets={targets}
            value={remark.target ? targetValue(remark.target) : ''}
            onChange={(value) =>
              change({
                target: Object.values(targets)
                  .flat()
                  .find((candidate) => targetValue(candidate) === value),
              })
            }
          />
        )}
        {remark.changeTo && (
          <RemarkText
            label={t('feedback.change')}
            help={t('feedback.changeHelp')}
            value={remark.change ?? ''}
            onSave={(text) => change({ change: text || undefined })}
          />
        )}
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => execute(removeSessionRemark({ sessionId, id: remark.id }))}
        >
          {t('feedback.remove')}
        </button>
      </fieldset>
    </li>
  );
}

/**
 * A session's feedback loop: its questionnaire, built and answered in Fabrik's form
 * designer; the remarks drawn from the answers, each with its analysis, priority and the
 * change it leads to; and the note telling the trainees what changed thanks to them.
 */
export function SessionFeedback({
  session,
  number,
  targets,
}: {
  session: TrainingSession;
  number: number;
  targets: Targets;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const words = questionnaireWording[useDocumentLanguage()];
  const feedback = session.feedback;
  if (!feedback)
    return (
      <div>
        <p className="field__help">{t('feedback.createHelp')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            execute(
              createQuestionnaire({
                sessionId: session.id,
                form: defaultQuestionnaire(words, newId),
              }),
            )
          }
        >
          {t('feedback.create')}
        </button>
      </div>
    );
  const count = questionsOf(feedback.form).length;
  const slot = slotKey({ kind: 'questionnaire', sessionId: session.id });
  const note = changeNoteDocument(feedback.remarks, words);
  return (
    <div className="adoption__feedback">
      <p>
        <Link href={`/form?${new URLSearchParams({ form: slot }).toString()}`}>
          {t('feedback.open', { number })}
        </Link>
      </p>
      {count === 0 ? (
        <p className="banner banner--warning">{t('feedback.noQuestion')}</p>
      ) : (
        <p>{t('feedback.questions', { count, responses: feedback.responses.length })}</p>
      )}
      <section aria-label={t('feedback.remarks', { number })}>
        <h5>{t('feedback.remarks', { number })}</h5>
        {feedback.remarks.length === 0 ? (
          <p>{t('feedback.noRemark')}</p>
        ) : (
          <ul className="adoption__feedback-list">
            {feedback.remarks.map((remark) => (
              <RemarkItem
                key={remark.id}
                sessionId={session.id}
                remark={remark}
                targets={targets}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-label={`${note.title} — ${number}`} className="adoption__document">
        <DocumentActions document={note} fileName={`ce-qui-a-change-session-${number}`} />
        <DocumentView document={note} titleLevel={4} />
      </section>
    </div>
  );
}
