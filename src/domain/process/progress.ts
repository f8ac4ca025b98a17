import { DEFAULT_DIAGRAM_FINGERPRINT, diagramFingerprint } from './defaultDiagramFingerprint';
import type { Process } from './schema';

/**
 * Every prototype starts with the default diagram, so the step counts as started once
 * the team has changed it (or imported their own).
 */
export function isProcessStarted(process: Process): boolean {
  return (
    process.bpmnXml.trim() !== '' &&
    diagramFingerprint(process.bpmnXml) !== DEFAULT_DIAGRAM_FINGERPRINT
  );
}
