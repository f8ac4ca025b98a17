import type { Process } from './schema';

/** The processing step has started once a diagram is drawn. */
export function isProcessStarted(process: Process): boolean {
  return process.bpmnXml.includes('Task');
}
