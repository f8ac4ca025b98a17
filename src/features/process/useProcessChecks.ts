import { useEffect, useState } from 'react';
import { checkProcess, type ProcessCheck } from '../../domain/process/checks';
import { promisesResponseTime } from '../../domain/process/readiness';
import { useEditorStore } from '../../state/editorStore';

export type ChecksState =
  { state: 'running' } | { state: 'done'; checks: ProcessCheck[] } | { state: 'unreadable' };

/** The checks on the stored diagram, run again each time it is saved. */
export function useProcessChecks(): ChecksState {
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const promises = useEditorStore((state) =>
    state.prototype ? promisesResponseTime(state.prototype) : false,
  );
  const [result, setResult] = useState<ChecksState>({ state: 'running' });
  useEffect(() => {
    let cancelled = false;
    void checkProcess(xml, { promisesResponseTime: promises }).then((outcome) => {
      if (cancelled) return;
      setResult(outcome.ok ? { state: 'done', checks: outcome.checks } : { state: 'unreadable' });
    });
    return () => {
      cancelled = true;
    };
  }, [xml, promises]);
  return result;
}
