import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Form } from '../../domain/form/schema';
import type { Status } from '../../domain/tracking/schema';
import {
  chooseFlow,
  completeStep,
  isRunOver,
  pendingActions,
  startRun,
  triggerBoundary,
  type TryoutRun,
} from '../../domain/tryout/run';
import type { ReadProcess } from '../../state/processGraph';
import { PendingActionCard } from './PendingActionCard';
import { RequestAnswers } from './RequestAnswers';
import { RunLog } from './RunLog';
import { useLogText } from './useLogText';

interface AgentsPanelProps {
  process: ReadProcess;
  run: TryoutRun;
  form: Form;
  answers: Record<string, unknown>;
  statuses: readonly Status[];
  dateAt: (day: number) => string;
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
      <RunNotices process={process} run={run} waiting={actions.length} act={actAndFocus} />
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
              onChoose={(tokenId, flowId) =>
                actAndFocus((current) => chooseFlow(graph, current, tokenId, flowId))
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

/** Why the request cannot go on, or that it has arrived: said plainly, with where to fix it. */
function RunNotices({
  process,
  run,
  waiting,
  act,
}: {
  process: ReadProcess;
  run: TryoutRun;
  waiting: number;
  act: AgentsPanelProps['act'];
}) {
  const { t, i18n } = useTranslation('tryOut');
  const graph = process.shown;
  const toProcess = <Link href="/process">{t('agents.toProcess')}</Link>;
  if (process.state === 'empty') return <Notice tone="warning" text={t('agents.noProcess')} />;
  if (process.state === 'error') {
    // The parser's own words are technical and in English: the Processing step explains.
    return <Notice tone="error" text={t('agents.unreadable')} link={toProcess} />;
  }
  if (!graph) return null;
  const names = new Map(graph.elements.map((element) => [element.id, element.name.trim()]));
  // « A », « B » et « C »: each name quoted, each once.
  const nameList = (ids: string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      [...new Set(ids)].map((id) =>
        t('agents.quoted', { name: names.get(id) || t('agents.unnamedStep') }),
      ),
    );
  const stuck = run.log.filter((entry) => entry.kind === 'stuck').map((entry) => entry.elementId);
  const lost = run.tokens.some((token) => !names.has(token.elementId));
  // Nothing left to do, yet parallel joins wait for branches that will never come.
  const blocked =
    waiting === 0
      ? Object.entries(run.joins)
          .filter(([, waiting]) => waiting.length > 0)
          .map(([id]) => id)
      : [];
  return (
    <>
      {run.problem === 'no-start' && startRun(graph).problem !== 'no-start' ? (
        // Sent while the process was not drawn, unreadable or still being read: it can
        // start now, with the requester's answers kept.
        <Notice
          tone="warning"
          text={t('agents.canStartNow')}
          link={
            <button type="button" className="button" onClick={() => act(() => startRun(graph))}>
              {t('agents.startNow')}
            </button>
          }
        />
      ) : (
        run.problem && (
          <Notice
            tone="error"
            text={t(run.problem === 'loop' ? 'agents.loop' : 'agents.noStart')}
            link={toProcess}
          />
        )
      )}
      {lost && <Notice tone="warning" text={t('agents.changed')} />}
      {stuck.length > 0 && (
        <Notice
          tone="warning"
          text={t('agents.stuck', { names: nameList(stuck) })}
          link={toProcess}
        />
      )}
      {blocked.length > 0 && (
        <Notice
          tone="warning"
          text={t('agents.blocked', { names: nameList(blocked) })}
          link={toProcess}
        />
      )}
      {!run.problem && waiting === 0 && isRunOver(run) && stuck.length === 0 && (
        <Notice tone="info" text={t('agents.over')} />
      )}
    </>
  );
}

function Notice({
  tone,
  text,
  link,
}: {
  tone: 'info' | 'warning' | 'error';
  text: string;
  link?: ReactNode;
}) {
  return (
    <div className={tone === 'info' ? 'banner' : `banner banner--${tone}`} role="status">
      <p>{text}</p>
      {link && <p>{link}</p>}
    </div>
  );
}
