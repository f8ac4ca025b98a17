import { useEffect, useState } from 'react';
import type { ExceptionContext } from '../../domain/exceptions/schema';
import { findField } from '../../domain/form/fields';
import { useEditorStore } from '../../state/editorStore';

type TargetKind = NonNullable<ExceptionContext['target']>['kind'];

/** The last process read, shared by every label on screen: the XML is parsed once. */
let cache: { xml: string; names: Promise<ReadonlyMap<string, string>> } | undefined;

function namesOf(xml: string): Promise<ReadonlyMap<string, string>> {
  if (cache?.xml !== xml) {
    // Loaded on demand: the capture control is in every step's bar, bpmn-moddle is not.
    const names = import('../../domain/process/readGraph')
      .then(({ readProcessGraph }) => readProcessGraph(xml))
      .then((read) => new Map(read.ok ? read.graph.elements.map((e) => [e.id, e.name]) : []));
    cache = { xml, names };
  }
  return cache.names;
}

function useProcessNames(xml: string): ReadonlyMap<string, string> | undefined {
  const [read, setRead] = useState<{ xml: string; names: ReadonlyMap<string, string> }>();
  useEffect(() => {
    let cancelled = false;
    void namesOf(xml).then((names) => {
      if (!cancelled) setRead({ xml, names });
    });
    return () => {
      cancelled = true;
    };
  }, [xml]);
  return read?.xml === xml ? read.names : undefined;
}

/**
 * The current name of what an exception concerns: a string, `undefined` when it no
 * longer exists, `null` while the process is still being read.
 */
export function useTargetNames(): (kind: TargetKind, id: string) => string | undefined | null {
  const form = useEditorStore((state) => state.prototype?.form);
  const statuses = useEditorStore((state) => state.prototype?.tracking.statuses);
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const processNames = useProcessNames(xml);
  return (kind, id) => {
    if (kind === 'field') return form ? findField(form, id)?.label : null;
    if (kind === 'status')
      return statuses ? statuses.find((status) => status.id === id)?.label : null;
    return processNames ? processNames.get(id) : null;
  };
}
