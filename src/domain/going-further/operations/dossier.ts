import { agentImpactsFromProcess } from '../../frame/agentImpacts';
import { readProcessGraph } from '../../process/readGraph';
import type { PrototypeContent } from '../../prototype/schema';
import type { DocumentWords } from '../words';
import { raciActors } from './actors';
import { raciDocument } from './document';
import { emptyOperations } from './empty';

/** The process roles of a content's diagram: its tasks' roles and lanes, then those declared. */
export async function processRolesOf(content: PrototypeContent): Promise<string[]> {
  const read = content.process.bpmnXml.trim()
    ? await readProcessGraph(content.process.bpmnXml)
    : undefined;
  const graph = read?.ok ? read.graph : { elements: [], flows: [] };
  return agentImpactsFromProcess(graph, content.process.roles).map((role) => role.role);
}

/** The RACI of a content, as the dossier shows it. */
export async function operationsDossier(content: PrototypeContent, words: DocumentWords) {
  const { operations, actors } = content.goingFurther?.operations ?? emptyOperations();
  const everyone = raciActors(content.team, await processRolesOf(content), actors);
  return [raciDocument(content.name, operations, everyone, words)];
}
