import {
  DEFAULT_DIAGRAM_FINGERPRINT,
  diagramFingerprint,
  EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS,
} from './defaultDiagramFingerprint';
import type { Process } from './schema';

const defaultFingerprints = [DEFAULT_DIAGRAM_FINGERPRINT, ...EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS];
/** A fingerprint starts with the text's length: most diagrams differ from the defaults in it. */
const defaultLengths = new Set(defaultFingerprints.map((print) => Number(print.split(':')[0])));

/**
 * Every prototype starts with the default diagram, so the step counts as started once
 * the team has changed it (or imported their own). Asked on every change to the
 * prototype (the steps' progress), so a diagram of another length is not hashed.
 */
export function isProcessStarted(process: Process): boolean {
  if (process.bpmnXml.trim() === '') return false;
  if (!defaultLengths.has(process.bpmnXml.length)) return true;
  const fingerprint = diagramFingerprint(process.bpmnXml);
  return (
    fingerprint !== DEFAULT_DIAGRAM_FINGERPRINT &&
    !EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS.includes(fingerprint)
  );
}
