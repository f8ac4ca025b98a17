import { useEffect, useState } from 'react';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import type { ReadinessIssue } from '../../../domain/readiness';
import { collectReadiness } from '../../../domain/review/checklist';
import { loadStepStrings } from '../../../state/stepStrings';
import '../../../ui/requester-form/readinessMessages';

/** Checking the process runs bpmnlint: done once typing pauses, not on every keystroke. */
const RECHECK_DELAY_MS = 400;

/** The readiness checklist of some content, with every step's messages loaded to show it. */
export function useReadiness(content: PrototypeContent): ReadinessIssue[] | undefined {
  const [result, setResult] = useState<{ issues: ReadinessIssue[] }>();
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        void Promise.all([collectReadiness(content), loadStepStrings()]).then(
          ([issues]) => current && setResult({ issues }),
        );
      },
      result ? RECHECK_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The previous result stays on screen while the next is computed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);
  return result?.issues;
}
