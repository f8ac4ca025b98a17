import { defaultDiagramXml, defaultRoles } from './defaultDiagram';
import type { Process } from './schema';

/** The default process of a new prototype, in French: a starting point the team edits. */
export function defaultProcess(): Process {
  return { bpmnXml: defaultDiagramXml, roles: [...defaultRoles] };
}
