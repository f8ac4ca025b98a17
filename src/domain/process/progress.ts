import {
  DEFAULT_DIAGRAM_FINGERPRINT,
  diagramFingerprint,
  EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS,
} from './defaultDiagramFingerprint';
import type { Process } from './schema';

const defaultFingerprints = [DEFAULT_DIAGRAM_FINGERPRINT, ...EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS];
/** A fingerprint starts with the text's length: most diagrams differ from the defaults in it. */
const defaultLengths = new Set(defaultFingerprints.map((print) => Number(print.split(':')[0])));

/** Processes are immutable: a change elsewhere in the prototype keeps the same object. */
const answered = new WeakMap<Process, boolean>();

/**
 * Every prototype starts with the default diagram, so the step counts as started once
 * the team has changed it (or imported their own). Asked on every change to the
 * prototype (the steps' progress): a diagram of another length is not hashed, and the
 * same process is hashed once.
 */
export function isProcessStarted(process: Process): boolean {
  let started = answered.get(process);
  if (started === undefined) {
    started = differsFromDefaults(process);
    answered.set(process, started);
  }
  return started;
}

function differsFromDefaults(process: Process): boolean {
  if (process.bpmnXml.trim() === '') return false;
  if (!defaultLengths.has(process.bpmnXml.length)) return true;
  const fingerprint = diagramFingerprint(process.bpmnXml);
  return (
    fingerprint !== DEFAULT_DIAGRAM_FINGERPRINT &&
    !EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS.includes(fingerprint)
  );
}
