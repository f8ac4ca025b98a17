import type { ReactNode } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { isRunOver, startRun, type TryoutRun } from '../../domain/tryout/run';
import type { ReadProcess } from '../../state/processGraph';
import { StartChoice, type StartChoiceState } from './StartChoice';

/** Why the request cannot go on, or that it has arrived: said plainly, with where to fix it. */
export function RunNotices({
  process,
  run,
  waiting,
  start,
  act,
}: {
  process: ReadProcess;
  run: TryoutRun;
  waiting: number;
  /** Which start event a request sent before the process could be read comes through. */
  start: StartChoiceState;
  act: (change: (run: TryoutRun) => TryoutRun) => void;
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
        // start now, with the requester's answers kept, through the start event chosen
        // now when it has several.
        <Notice
          tone="warning"
          text={t('agents.canStartNow')}
          more={
            <StartChoice starts={start.starts} chosenId={start.chosenId} onChoose={start.choose} />
          }
          link={
            <button
              type="button"
              className="button"
              onClick={() => act(() => startRun(graph, start.chosenId))}
            >
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
  more,
  link,
}: {
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** What to decide before following `link`. */
  more?: ReactNode;
  link?: ReactNode;
}) {
  return (
    <div className={tone === 'info' ? 'banner' : `banner banner--${tone}`} role="status">
      <p>{text}</p>
      {more}
      {link && <p>{link}</p>}
    </div>
  );
}
