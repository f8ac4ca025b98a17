import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { analyseCommitment, type CommitmentAnalysis } from '../../domain/tracking/commitments';
import { useEditorStore } from '../../state/editorStore';
import { useReadProcess } from './useReadProcess';

/**
 * The process's paths and durations against the response time, recomputed only when the
 * process, the statuses or the commitment change (not while a message is typed).
 */
export function useCommitmentAnalysis(): CommitmentAnalysis | undefined {
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const commitment = useEditorStore((state) => state.prototype?.tracking.commitment);
  const { shown: graph } = useReadProcess();
  return useMemo(
    () =>
      graph && commitment ? analyseCommitment(graph, statuses, commitment, new Date()) : undefined,
    [graph, statuses, commitment],
  );
}
