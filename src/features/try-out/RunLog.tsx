import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ProcessGraph } from '../../domain/process/graph';
import type { RunLogEntry } from '../../domain/tryout/run';
import { useLogText } from './useLogText';

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
  const describe = useLogText(graph);
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
