import { useEffect, useState } from 'react';
import type { ProcessGraph } from '../../../domain/process/graph';
import { readProcessGraph } from '../../../domain/process/readGraph';

/**
 * The process read from the XML under review: undefined while it is read, null when there
 * is none or it cannot be read.
 */
export function useGraph(xml: string): ProcessGraph | null | undefined {
  const [graph, setGraph] = useState<{ of: string; graph: ProcessGraph | null }>();
  const empty = xml.trim() === '';
  useEffect(() => {
    if (empty) return;
    let current = true;
    void readProcessGraph(xml).then(
      (result) => current && setGraph({ of: xml, graph: result.ok ? result.graph : null }),
    );
    return () => {
      current = false;
    };
  }, [xml, empty]);
  if (empty) return null;
  return graph?.of === xml ? graph.graph : undefined;
}
