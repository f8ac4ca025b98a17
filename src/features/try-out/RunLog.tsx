import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessGraph } from '../../domain/process/graph';
import type { RunLogEntry } from '../../domain/tryout/run';

/** What happened so far, oldest first, each on the day it happened. */
export function RunLog({
  log,
  graph,
  dateAt,
}: {
  log: readonly RunLogEntry[];
  graph: ProcessGraph | null;
  dateAt: (day: number) => string;
}) {
  const { t } = useTranslation('tryOut');
  const id = useId();
  const nameOf = (elementId: string) =>
    graph?.elements.find((element) => element.id === elementId)?.name.trim() ||
    t('agents.unnamedStep');
  const describe = (entry: RunLogEntry) => {
    switch (entry.kind) {
      case 'chosen': {
        const flow = graph?.flows.find((candidate) => candidate.id === entry.flowId);
        const option = flow?.name.trim() || (flow ? nameOf(flow.targetId) : entry.flowId);
        return t('agents.logEntry.chosen', { name: nameOf(entry.elementId), option });
      }
      case 'triggered':
        return t('agents.logEntry.triggered', {
          boundary: nameOf(entry.boundaryId),
          name: nameOf(entry.elementId),
        });
      default:
        return t(`agents.logEntry.${entry.kind}`, { name: nameOf(entry.elementId) });
    }
  };
  return (
    <>
      <h3 id={id}>{t('agents.log')}</h3>
      {log.length === 0 ? (
        <p>{t('agents.logEmpty')}</p>
      ) : (
        <ol className="tryout-log" aria-labelledby={id}>
          {log.map((entry, index) => (
            <li key={index} className={entry.kind === 'stuck' ? 'tryout-log__stuck' : undefined}>
              <span className="tryout-log__day">
                {t('agents.logDay', { date: dateAt(entry.day), day: entry.day })}
              </span>
              {describe(entry)}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
