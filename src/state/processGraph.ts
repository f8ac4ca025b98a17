import { useEffect, useState } from 'react';
import type { ProcessGraph } from '../domain/process/graph';
import { readProcessGraph, type ReadGraphResult } from '../domain/process/readGraph';
import { useEditorStore } from './editorStore';

export interface ReadProcess {
  /** The XML as stored now. */
  xml: string;
  state: 'empty' | 'loading' | 'ready' | 'error';
  /** The graph read from `xml`, null until it is read: what commands may rely on. */
  graph: ProcessGraph | null;
  /** The latest graph read, possibly of an older XML while the new one is read: for display. */
  shown: ProcessGraph | null;
  error?: string;
}

/** Reads the stored BPMN XML into a graph again whenever it changes. */
export function useReadProcessGraph(): ReadProcess {
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const [read, setRead] = useState<{ xml: string; result: ReadGraphResult }>();
  useEffect(() => {
    if (xml.trim() === '') return;
    let current = true;
    void readProcessGraph(xml).then((result) => {
      if (current) setRead({ xml, result });
    });
    return () => {
      current = false;
    };
  }, [xml]);
  if (xml.trim() === '') return { xml, state: 'empty', graph: null, shown: null };
  const shown = read?.result.ok ? read.result.graph : null;
  if (read?.xml !== xml) return { xml, state: 'loading', graph: null, shown };
  if (!read.result.ok)
    return { xml, state: 'error', graph: null, shown: null, error: read.result.error };
  return { xml, state: 'ready', graph: read.result.graph, shown };
}
