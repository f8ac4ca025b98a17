import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  addSession,
  removeSession,
  updateSession,
} from '../../../domain/going-further/adoption/commands';
import { processRoleNames } from '../../../domain/going-further/adoption/roleSteps';
import type { TrainingSession } from '../../../domain/going-further/adoption/schema';
import {
  ADOPTION_TEXT_MAX,
  SESSIONS_MAX,
  sessionLevels,
} from '../../../domain/going-further/adoption/vocabulary';
import {
  sessionProblems,
  trainingDocument,
  trainingWording,
  type TrainingWording,
} from '../../../domain/going-further/adoption/training';
import { withSessionFeedback } from '../../../domain/going-further/adoption/questionnaire';
import { questionnaireWording } from '../../../domain/going-further/adoption/questionnaireWording';
import { isoDay } from '../../../domain/form/values';
import { newId } from '../../../domain/ids';
import type { ProcessGraph } from '../../../domain/process/graph';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { DateField } from '../../../ui/DateField';
import { AddableList } from './AddableList';
import { feedbackTargets } from './feedbackTargets';
import { SessionFeedback } from './SessionFeedback';
import { useAdoption, useDocumentLanguage } from './useAdoption';

const none: never[] = [];

function Checklist<T extends { id: string; name: string }>({
  legend,
  items,
  chosen,
  onChange,
}: {
  legend: string;
  items: readonly T[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset className="adoption__ways">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id} className="adoption__option">
          <input
            type="checkbox"
            checked={chosen.includes(item.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...chosen, item.id] : chosen.filter((id) => id !== item.id),
              )
            }
          />{' '}
          {item.name}
        </label>
      ))}
    </fieldset>
  );
}

function SessionFields({
  session,
  number,
  roles,
  words,
  targets,
}: {
  session: TrainingSession;
  number: number;
  roles: readonly string[];
  words: TrainingWording;
  targets: ReturnType<typeof feedbackTargets>;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const team = useEditorStore((state) => state.prototype?.team ?? none);
  const scenarios = useEditorStore((state) => state.prototype?.scenarios ?? none);
  const change = (changes: Partial<Omit<TrainingSession, 'id'>>) =>
    execute(updateSession({ id: session.id, changes }));
  const roleOptions = [
    { value: '', label: t('training.chooseRole') },
    ...[...new Set([...roles, ...(session.role ? [session.role] : [])])].map((role) => ({
      value: role,
      label: role,
    })),
  ];
  return (
    <fieldset className="adoption__audience">
      <legend>
        {t('training.session', { number, role: session.role || t('training.noRole') })}
      </legend>
      <SelectField
        label={t('training.role')}
        value={session.role}
        options={roleOptions}
        onChange={(role) => change({ role })}
      />
      <SelectField
        label={t('training.level')}
        value={session.level}
        options={sessionLevels.map((level) => ({ value: level, label: words.levels[level] }))}
        onChange={(level) => change({ level })}
      />
      <DateField
        label={t('training.date')}
        value={session.date}
        onChange={(date) => change({ date })}
      />
      {team.length === 0 ? (
        <p>{t('training.noTeam')}</p>
      ) : (
        <Checklist
          legend={t('training.attendees')}
          items={team.map((member) => ({ id: member.id, name: member.name.trim() || member.id }))}
          chosen={session.attendeeIds}
          onChange={(attendeeIds) => change({ attendeeIds })}
        />
      )}
      <TextField
        label={t('training.others')}
        value={session.others}
        maxLength={ADOPTION_TEXT_MAX}
        multiline
        rows={2}
        onChange={(others) => change({ others })}
      />
      {scenarios.length === 0 ? (
        <p>{t('training.noScenario')}</p>
      ) : (
        <Checklist
          legend={t('training.exercises')}
          items={scenarios}
          chosen={session.exerciseIds}
          onChange={(exerciseIds) => change({ exerciseIds })}
        />
      )}
      <h4>{t('feedback.title')}</h4>
      <SessionFeedback session={session} number={number} targets={targets} />
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => execute(removeSession({ id: session.id }))}
      >
        {t('training.remove', { number })}
      </button>
    </fieldset>
  );
}

/**
 * The training sessions per role and level, with their attendees and exercises; a session
 * with no date, too close to warn people well ahead, or with nobody invited is flagged.
 */
export function TrainingSection({ graph }: { graph: ProcessGraph | null }) {
  const { t } = useTranslation('goingFurther-adoption');
  const { training } = useAdoption();
  const declared = useEditorStore((state) => state.prototype?.process.roles ?? none);
  const team = useEditorStore((state) => state.prototype?.team ?? none);
  const scenarios = useEditorStore((state) => state.prototype?.scenarios ?? none);
  const form = useEditorStore((state) => state.prototype!.form);
  const tracking = useEditorStore((state) => state.prototype!.tracking);
  const targets = useMemo(() => feedbackTargets(form, graph, tracking), [form, graph, tracking]);
  const language = useDocumentLanguage();
  const words = trainingWording[language];
  const sessions = training?.sessions ?? none;
  const roles = useMemo(
    () => (graph ? processRoleNames(graph, declared) : declared),
    [graph, declared],
  );
  const problems = sessionProblems(sessions, { today: isoDay(new Date()), roles, team }, words);
  const document = withSessionFeedback(
    trainingDocument(sessions, { team, scenarios }, words),
    sessions,
    words.noRole,
    questionnaireWording[language],
  );
  return (
    <>
      <section aria-labelledby="adoption-sessions">
        <h3 id="adoption-sessions">{t('training.sessions')}</h3>
        <AddableList
          items={sessions}
          max={SESSIONS_MAX}
          renderItem={(session, number) => (
            <SessionFields
              session={session}
              number={number}
              roles={roles}
              words={words}
              targets={targets}
            />
          )}
          fullText={t('training.full')}
          addText={t('training.add')}
          onAdd={() =>
            execute(
              addSession({
                session: {
                  id: newId(),
                  role: roles[0] ?? '',
                  level: 'collective',
                  date: '',
                  attendeeIds: [],
                  others: '',
                  exerciseIds: [],
                },
              }),
            )
          }
        />
        {problems.length > 0 && (
          <div className="banner banner--warning">
            <p>{t('training.problems')}</p>
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>{problem.text}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-label={document.title} className="adoption__document">
        <DocumentActions document={document} fileName="plan-de-formation" />
        <DocumentView document={document} titleLevel={3} />
      </section>
    </>
  );
}
