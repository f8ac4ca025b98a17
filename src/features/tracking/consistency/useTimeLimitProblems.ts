import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { timeLimitProblems, type TimeLimitProblem } from '../../../domain/tracking/timeLimits';
import { useEditorStore } from '../../../state/editorStore';
import { useReadProcess } from '../useReadProcess';

/**
 * The statuses' time limits the process no longer backs, recomputed when the process or
 * the statuses change; none while the process is unreadable (its own step says why).
 */
export function useTimeLimitProblems(): TimeLimitProblem[] {
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const { graph } = useReadProcess();
  return useMemo(() => (graph ? timeLimitProblems(graph, statuses) : []), [graph, statuses]);
}
