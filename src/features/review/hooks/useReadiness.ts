import { useEffect, useRef, useState } from 'react';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import type { ReadinessIssue } from '../../../domain/readiness';
import { collectReadiness } from '../../../domain/review/checklist';
import { loadStepStrings } from '../../../state/stepStrings';
import '../../../ui/requester-form/readinessMessages';

/** Checking the process runs bpmnlint: done once typing pauses, not on every keystroke. */
const RECHECK_DELAY_MS = 400;

/**
 * The readiness checklist of some content, with every step's messages loaded to show it.
 * The previous result stays on screen while the next is computed.
 */
export function useReadiness(content: PrototypeContent): ReadinessIssue[] | undefined {
  const [issues, setIssues] = useState<ReadinessIssue[]>();
  const checkedOnce = useRef(false);
  useEffect(() => {
    let current = true;
    const check = () =>
      void Promise.all([collectReadiness(content, { today: new Date() }), loadStepStrings()]).then(
        ([next]) => {
          if (!current) return;
          checkedOnce.current = true;
          setIssues(next);
        },
      );
    const timer = setTimeout(check, checkedOnce.current ? RECHECK_DELAY_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [content]);
  return issues;
}
