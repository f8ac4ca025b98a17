import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { Form } from '../../domain/form/schema';
import type { Status } from '../../domain/tracking/schema';
import {
  chooseFlows,
  completeStep,
  pendingActions,
  triggerBoundary,
  type TryoutRun,
} from '../../domain/tryout/run';
import type { ReadProcess } from '../../state/processGraph';
import { PendingActionCard } from './PendingActionCard';
import { RequestAnswers } from './RequestAnswers';
import { RunLog } from './RunLog';
import { RunNotices } from './RunNotices';
import type { StartChoiceState } from './StartChoice';
import { useLogText } from './useLogText';

interface AgentsPanelProps {
  process: ReadProcess;
  run: TryoutRun;
  form: Form;
  answers: Record<string, unknown>;
  statuses: readonly Status[];
  dateAt: (day: number) => string;
  /** The start event chosen, for a request sent before the process could be read. */
  start: StartChoiceState;
  act: (change: (run: TryoutRun) => TryoutRun) => void;
}

/** The agents' side of the try-out: what to do now, the request received, what happened. */
export function AgentsPanel({
  process,
  run,
  form,
  answers,
  statuses,
  dateAt,
  start,
  act,
}: AgentsPanelProps) {
  const { t } = useTranslation('tryOut');
  const graph = process.shown;
  const actions = graph ? pendingActions(graph, run) : [];
  // The button pressed goes away with its step: focus moves to what there is to do next,
  // and what the action did (the other side of the screen included) is said.
  const todoHeading = useRef<HTMLHeadingElement>(null);
  const before = useRef<TryoutRun | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const describe = useLogText(graph);
  useEffect(() => {
    const previous = before.current;
    if (!previous) return;
    before.current = null;
    todoHeading.current?.focus();
    const status = run.stops.length > previous.stops.length ? run.stops.at(-1) : undefined;
    const label = statuses.find((candidate) => candidate.id === status?.statusId)?.label;
    setAnnouncement(
      [
        ...(run.problem === 'loop' ? [t('agents.loop')] : []),
        ...run.log.slice(previous.log.length).map(describe),
        ...(label ? [t('agents.nowShown', { status: label })] : []),
      ].join('. '),
    );
  }, [run, describe, statuses, t]);
  const actAndFocus = (change: (current: TryoutRun) => TryoutRun) => {
    before.current = run;
    act(change);
  };
  return (
    <section className="tryout-panel" aria-labelledby="tryout-agents">
      <h2 id="tryout-agents">{t('agents.heading')}</h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <RunNotices
        process={process}
        run={run}
        waiting={actions.length}
        start={start}
        act={actAndFocus}
      />
      <h3 id="tryout-todo" ref={todoHeading} tabIndex={-1}>
        {t('agents.todo')}
      </h3>
      {graph && actions.length > 0 ? (
        <ul className="tryout-actions" aria-labelledby="tryout-todo">
          {actions.map((action) => (
            <PendingActionCard
              key={action.token.id}
              action={action}
              statuses={statuses}
              dateAt={dateAt}
              onComplete={(tokenId) =>
                actAndFocus((current) => completeStep(graph, current, tokenId))
              }
              onChoose={(tokenId, flowIds) =>
                actAndFocus((current) => chooseFlows(graph, current, tokenId, flowIds))
              }
              onTrigger={(tokenId, boundaryId) =>
                actAndFocus((current) => triggerBoundary(graph, current, tokenId, boundaryId))
              }
            />
          ))}
        </ul>
      ) : (
        <p>{t('agents.nothing')}</p>
      )}
      <RequestAnswers form={form} answers={answers} />
      <RunLog log={run.log} graph={graph} dateAt={dateAt} />
    </section>
  );
}
