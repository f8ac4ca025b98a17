import type { Process } from './schema';

/** An empty process: the processing editor (issue 4) replaces it with the default flow. */
export function defaultProcess(): Process {
  return { bpmnXml: '' };
}
