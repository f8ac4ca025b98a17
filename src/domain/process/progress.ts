import {
  DEFAULT_DIAGRAM_FINGERPRINT,
  diagramFingerprint,
  EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS,
} from './defaultDiagramFingerprint';
import type { Process } from './schema';

/**
 * Every prototype starts with the default diagram, so the step counts as started once
 * the team has changed it (or imported their own).
 */
export function isProcessStarted(process: Process): boolean {
  if (process.bpmnXml.trim() === '') return false;
  const fingerprint = diagramFingerprint(process.bpmnXml);
  return (
    fingerprint !== DEFAULT_DIAGRAM_FINGERPRINT &&
    !EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS.includes(fingerprint)
  );
}
