import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ProcessElement } from '../../domain/process/graph';
import type { Status } from '../../domain/tracking/schema';
import type { PendingAction } from '../../domain/tryout/run';
import { SeveralWaysChoice } from './SeveralWaysChoice';

interface PendingActionCardProps {
  action: PendingAction;
  statuses: readonly Status[];
  onComplete: (tokenId: string) => void;
  /** Several ways only at an inclusive gateway. */
  onChoose: (tokenId: string, flowIds: string[]) => void;
  onTrigger: (tokenId: string, boundaryId: string) => void;
  dateAt: (day: number) => string;
}

/**
 * One thing to do now, as an agent reads it: which step, who does it, in what time, what
 * the requester will see, and the buttons that move the request on.
 */
export function PendingActionCard({
  action,
  statuses,
  onComplete,
  onChoose,
  onTrigger,
  dateAt,
}: PendingActionCardProps) {
  const { t } = useTranslation('tryOut');
  const { element, token } = action;
  const name = element.name.trim() || t('agents.unnamedStep');
  const isEvent = element.kind === 'event';

  if (action.kind === 'choose' && action.several) {
    return (
      <li className="tryout-action">
        <SeveralWaysChoice
          name={name}
          options={action.options}
          onChoose={(flowIds) => onChoose(token.id, flowIds)}
        />
      </li>
    );
  }

  if (action.kind === 'choose') {
    return (
      <li className="tryout-action">
        <fieldset className="tryout-action__choice">
          <legend>{name}</legend>
          <p className="field__help">{t('agents.choose')}</p>
          <div className="button-row">
            {action.options.map((option) => (
              <button
                key={option.flowId}
                type="button"
                className="button"
                onClick={() => onChoose(token.id, [option.flowId])}
              >
                {option.label.trim() || t('agents.unnamedOption')}{' '}
                {/* "Oui" alone is said for every pending choice: the name says which one. */}
                <span className="visually-hidden">{t('agents.optionOf', { name })}</span>
              </button>
            ))}
          </div>
        </fieldset>
      </li>
    );
  }

  return (
    <li className="tryout-action">
      <p className="tryout-action__name">
        {isEvent && <span className="tryout-action__kind">{t('agents.waitingEvent')} · </span>}
        {name}
      </p>
      <StepFacts
        element={element}
        statuses={statuses}
        due={dueDay(element, token.day)}
        dateAt={dateAt}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={() => onComplete(token.id)}>
          {t(isEvent ? 'agents.happened' : 'agents.complete', { name })}
        </button>
        {action.boundaries.map((boundary) => (
          <button
            key={boundary.id}
            type="button"
            className="button button--secondary"
            onClick={() => onTrigger(token.id, boundary.id)}
          >
            {/* A non-interrupting one leaves the step to do: not said to stop it. */}
            {t(boundary.interrupting === false ? 'agents.boundaryAlongside' : 'agents.boundary', {
              name: boundary.name.trim() || t('agents.unnamedStep'),
              step: name,
            })}
          </button>
        ))}
      </div>
    </li>
  );
}

/** The working day a step is due, counted from when the request reached it. */
const dueDay = (element: ProcessElement, arrival: number) =>
  element.delayDays === undefined ? undefined : arrival + element.delayDays;

function StepFacts({
  element,
  statuses,
  due,
  dateAt,
}: {
  element: ProcessElement;
  statuses: readonly Status[];
  due: number | undefined;
  dateAt: (day: number) => string;
}) {
  const { t } = useTranslation('tryOut');
  const status = statuses.find((candidate) => candidate.id === element.statusId);
  return (
    <ul className="tryout-action__facts">
      <li>
        {t('agents.who')}
        {element.role ?? element.lane ?? t('agents.noRole')}
      </li>
      <li>
        {t('agents.delay')}
        {element.delayDays === undefined || due === undefined
          ? t('agents.noDelay')
          : t('agents.due', { days: element.delayDays, date: dateAt(due) })}
      </li>
      {status && (
        <li>
          {t('agents.sets')}
          {status.label}
        </li>
      )}
    </ul>
  );
}
