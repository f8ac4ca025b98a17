import { useState } from 'react';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import type { TryoutRun } from '../../../src/domain/tryout/run';
import { AgentsPanel } from '../../../src/features/try-out/AgentsPanel';
import { useStartChoice } from '../../../src/features/try-out/StartChoice';
import '../../../src/features/try-out/i18n';
import type { ReadProcess } from '../../../src/state/processGraph';

export const element = (id: string, kind: 'start' | 'task' | 'end' | 'gateway', name = id) => ({
  id,
  type: {
    start: 'bpmn:StartEvent',
    task: 'bpmn:UserTask',
    end: 'bpmn:EndEvent',
    gateway: 'bpmn:ExclusiveGateway',
  }[kind],
  kind,
  name,
});
export const flow = (sourceId: string, targetId: string, name = '') => ({
  id: `${sourceId}-${targetId}`,
  sourceId,
  targetId,
  name,
});

export const ready = (graph: ProcessGraph): ReadProcess => ({
  xml: '<x/>',
  state: 'ready',
  graph,
  shown: graph,
});

/** The panel over a run kept in state, as the screen keeps it. */
export function Playground({
  process,
  initial,
  statuses = [],
}: {
  process: ReadProcess;
  initial: TryoutRun;
  statuses?: { id: string; label: string }[];
}) {
  const [run, setRun] = useState(initial);
  const start = useStartChoice(process.shown);
  return (
    <AgentsPanel
      process={process}
      run={run}
      form={{ pages: [] } as never}
      answers={{}}
      statuses={statuses as never}
      dateAt={(day) => `jour ${day}`}
      start={start}
      act={(change) => setRun(change)}
    />
  );
}
