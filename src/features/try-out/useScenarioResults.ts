import { useDeferredValue, useMemo } from 'react';
import { isoDay } from '../../domain/form/values';
import { measured, perfMarks } from '../../ui/perfMarks';
import type { Prototype } from '../../domain/prototype/schema';
import { replayAll, type ReplayResult } from '../../domain/scenarios/replay';
import type { ReadProcess } from '../../state/processGraph';

/**
 * Every scenario replayed on the prototype as it is. Deferred and memoised: typing elsewhere
 * never waits for a replay, and a replay runs again only when what it reads has changed.
 * Undefined while the process is being read.
 */
export function useScenarioResults(
  prototype: Prototype | null,
  process: ReadProcess,
): Map<string, ReplayResult> | undefined {
  const scenarios = useDeferredValue(prototype?.scenarios);
  const form = useDeferredValue(prototype?.form);
  const tracking = useDeferredValue(prototype?.tracking);
  const reading = process.state === 'loading';
  const graph = process.state === 'ready' ? process.graph : null;
  return useMemo(() => {
    if (reading || !form || !tracking) return undefined;
    const today = isoDay(new Date());
    return measured(perfMarks.scenariosReplayed, () =>
      replayAll(scenarios ?? [], { form, tracking, graph }, today),
    );
  }, [scenarios, form, tracking, graph, reading]);
}
