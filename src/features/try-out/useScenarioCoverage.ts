import { useDeferredValue, useMemo } from 'react';
import { scenarioCoverage, type Coverage } from '../../domain/coverage/coverage';
import { measured, perfMarks } from '../../ui/perfMarks';
import type { Prototype } from '../../domain/prototype/schema';
import type { ReadProcess } from '../../state/processGraph';

/**
 * What the scenarios cover of the prototype as it is. Deferred and memoised like the
 * replays: typing elsewhere never waits for it. Undefined while the process is being read.
 */
export function useScenarioCoverage(
  prototype: Prototype | null,
  process: ReadProcess,
): Coverage | undefined {
  const scenarios = useDeferredValue(prototype?.scenarios);
  const form = useDeferredValue(prototype?.form);
  const reading = process.state === 'loading';
  const graph = process.state === 'ready' ? process.graph : null;
  return useMemo(() => {
    if (reading || !form) return undefined;
    return measured(perfMarks.scenarioCoverage, () =>
      scenarioCoverage(scenarios ?? [], { form, graph }),
    );
  }, [scenarios, form, graph, reading]);
}
