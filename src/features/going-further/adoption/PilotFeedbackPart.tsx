import { useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import {
  addPilotFeedback,
  removePilotFeedback,
  updatePilotFeedback,
} from '../../../domain/going-further/adoption/commands';
import { byPriority } from '../../../domain/going-further/adoption/pilotReport';
import type { FeedbackTarget, PilotFeedback } from '../../../domain/going-further/adoption/schema';
import {
  ADOPTION_TEXT_MAX,
  feedbackKinds,
  feedbackPriorities,
  feedbackStatuses,
  feedbackTargetKinds,
  type FeedbackPriority,
} from '../../../domain/going-further/adoption/vocabulary';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { requestReveal } from '../../../state/selection';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { targetPlace, targetValue } from './feedbackTargets';

type Targets = Record<FeedbackTarget['kind'], FeedbackTarget[]>;

/** What a remark concerns: a field, a step, a status or a message of the prototype. */
export function TargetSelect({
  targets,
  value,
  onChange,
  label,
}: {
  targets: Targets;
  value: string;
  onChange: (value: string) => void;
  label?: string;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label ?? t('pilot.target')}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('pilot.noTarget')}</option>
        {feedbackTargetKinds.map((kind) => (
          <optgroup key={kind} label={t(`pilot.targetGroups.${kind}`)}>
            {targets[kind].map((target) => (
              <option key={targetValue(target)} value={targetValue(target)}>
                {target.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** The change an accepted feedback leads to, autosaved; too long a text stays unsaved, with a message. */
function FeedbackChange({ item }: { item: PilotFeedback }) {
  const { t } = useTranslation('goingFurther-adoption');
  // Only a text too long for the file is held here; the rest is the prototype's, so undo shows.
  const [overLimit, setOverLimit] = useState<string>();
  return (
    <TextField
      label={t('pilot.change')}
      help={t('pilot.changeHelp')}
      value={overLimit ?? item.change ?? ''}
      onChange={(next) => {
        if (next.length > ADOPTION_TEXT_MAX) return setOverLimit(next);
        setOverLimit(undefined);
        execute(updatePilotFeedback({ id: item.id, changes: { change: next || undefined } }));
      }}
      multiline
      rows={2}
      error={
        overLimit === undefined
          ? undefined
          : t('part.tooLong', { length: overLimit.length, max: ADOPTION_TEXT_MAX })
      }
    />
  );
}

function FeedbackItem({ item, targets }: { item: PilotFeedback; targets: Targets }) {
  const { t } = useTranslation('goingFurther-adoption');
  const setChoice = (changes: Partial<Pick<PilotFeedback, 'priority' | 'status'>>) =>
    execute(updatePilotFeedback({ id: item.id, changes }));
  const target = item.target
    ? t('pilot.targetText', {
        kind: t(`pilot.targetGroups.${item.target.kind}`),
        label: item.target.label,
      })
    : t('pilot.noTarget');
  const title = t('pilot.feedbackItem', { kind: t(`pilot.kinds.${item.kind}`), target });
  // A target deleted since offers no way to it: its label alone says what it was.
  const linked = item.target;
  const place =
    linked &&
    targets[linked.kind].some((candidate) => candidate.id === linked.id) &&
    targetPlace(linked);
  return (
    <li className="adoption__feedback-item">
      <p className="adoption__feedback-title">{title}</p>
      <p className="adoption__feedback-text">{item.text}</p>
      {linked && place && (
        <p>
          <Link href={`/${place.step}`} onClick={() => requestReveal(place.step, place.reveal)}>
            {t(`pilot.goTo.${linked.kind}`, { label: linked.label })}
          </Link>
        </p>
      )}
      {(item.status === 'accepted' || item.status === 'done') && <FeedbackChange item={item} />}
      <div className="adoption__row" role="group" aria-label={title}>
        <SelectField
          label={t('pilot.priority')}
          value={item.priority}
          options={feedbackPriorities.map((p) => ({ value: p, label: t(`pilot.priorities.${p}`) }))}
          onChange={(priority) => setChoice({ priority })}
        />
        <SelectField
          label={t('pilot.status')}
          value={item.status}
          options={feedbackStatuses.map((s) => ({ value: s, label: t(`pilot.statuses.${s}`) }))}
          onChange={(status) => setChoice({ status })}
        />
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => execute(removePilotFeedback({ id: item.id }))}
        >
          {t('pilot.removeFeedback')}
        </button>
      </div>
    </li>
  );
}

/**
 * Feedback and anomalies from the pilot, each linked to what it concerns and prioritised.
 * A text too long for the file stays in the box with a message and is not recorded.
 */
export function PilotFeedbackPart({
  feedback,
  targets,
}: {
  feedback: PilotFeedback[];
  targets: Targets;
}) {
  const { t } = useTranslation('goingFurther-adoption');
  const [kind, setKind] = useState<PilotFeedback['kind']>('feedback');
  const [text, setText] = useState('');
  const [target, setTarget] = useState('');
  const [priority, setPriority] = useState<FeedbackPriority>('medium');
  const [problem, setProblem] = useState<string>();
  const tooLong = text.length > ADOPTION_TEXT_MAX;
  const record = () => {
    if (text.trim() === '') return setProblem(t('pilot.emptyText'));
    if (tooLong) return;
    const chosen = Object.values(targets)
      .flat()
      .find((candidate) => targetValue(candidate) === target);
    execute(
      addPilotFeedback({
        feedback: {
          id: newId(),
          kind,
          text,
          priority,
          status: 'open',
          createdAt: new Date().toISOString(),
          ...(chosen ? { target: chosen } : {}),
        },
      }),
    );
    setText('');
    setProblem(undefined);
  };
  return (
    <section aria-labelledby="adoption-feedback">
      <h3 id="adoption-feedback">{t('pilot.feedback')}</h3>
      <p className="field__help">{t('pilot.feedbackHelp')}</p>
      <div className="adoption__feedback-form">
        <SelectField
          label={t('pilot.kind')}
          value={kind}
          options={feedbackKinds.map((k) => ({ value: k, label: t(`pilot.kinds.${k}`) }))}
          onChange={setKind}
        />
        <TextField
          label={t('pilot.text')}
          value={text}
          onChange={(next) => {
            setText(next);
            setProblem(undefined);
          }}
          multiline
          rows={4}
          error={
            tooLong ? t('part.tooLong', { length: text.length, max: ADOPTION_TEXT_MAX }) : problem
          }
        />
        <TargetSelect targets={targets} value={target} onChange={setTarget} />
        <SelectField
          label={t('pilot.priority')}
          value={priority}
          options={feedbackPriorities.map((p) => ({ value: p, label: t(`pilot.priorities.${p}`) }))}
          onChange={setPriority}
        />
        <button type="button" className="button" onClick={record} disabled={tooLong}>
          {t('pilot.record')}
        </button>
      </div>
      {feedback.length === 0 ? (
        <p>{t('pilot.noFeedback')}</p>
      ) : (
        <ul className="adoption__feedback-list">
          {byPriority(feedback).map((item) => (
            <FeedbackItem key={item.id} item={item} targets={targets} />
          ))}
        </ul>
      )}
    </section>
  );
}
