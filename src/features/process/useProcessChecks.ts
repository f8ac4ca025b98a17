import { useEffect, useState } from 'react';
import { checkProcess, type ProcessCheck } from '../../domain/process/checks';
import { promisesResponseTime } from '../../domain/process/readiness';
import { useEditorStore } from '../../state/editorStore';
import { afterNextFrame } from '../../ui/afterNextFrame';

export type ChecksState =
  { state: 'running' } | { state: 'done'; checks: ProcessCheck[] } | { state: 'unreadable' };

/**
 * The checks on the stored diagram, run again each time it is saved. They read the whole
 * XML again: they start once the diagram is shown (`start`) and after the frame that
 * shows the change, so that it is never held back by them.
 */
export function useProcessChecks(start = true): ChecksState {
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const promises = useEditorStore((state) =>
    state.prototype ? promisesResponseTime(state.prototype) : false,
  );
  const [result, setResult] = useState<ChecksState>({ state: 'running' });
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    const cancelRun = afterNextFrame(() => {
      void checkProcess(xml, { promisesResponseTime: promises }).then((outcome) => {
        if (cancelled) return;
        setResult(outcome.ok ? { state: 'done', checks: outcome.checks } : { state: 'unreadable' });
      });
    });
    return () => {
      cancelled = true;
      cancelRun();
    };
  }, [xml, promises, start]);
  return result;
}
