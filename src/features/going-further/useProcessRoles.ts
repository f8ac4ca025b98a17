import { useMemo } from 'react';
import { agentImpactsFromProcess } from '../../domain/frame/agentImpacts';
import { useEditorStore } from '../../state/editorStore';
import { useReadProcessGraph } from '../../state/processGraph';

const noGraph = { elements: [], flows: [] };
const noRoles: readonly string[] = [];

/**
 * The process roles: those the diagram's tasks are given (role or lane), then those
 * declared with no task yet. The list keeps its identity while the names stay the same.
 */
export function useProcessRoles(): readonly string[] {
  const { shown } = useReadProcessGraph();
  const declared = useEditorStore((state) => state.prototype?.process.roles ?? noRoles);
  const names = agentImpactsFromProcess(shown ?? noGraph, declared).map((role) => role.role);
  const key = JSON.stringify(names);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the names, not the array, matter
  return useMemo(() => names, [key]);
}
