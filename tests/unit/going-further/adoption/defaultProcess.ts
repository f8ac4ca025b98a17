import { defaultDiagramXml } from '../../../../src/domain/process/defaultDiagram';
import type { ProcessGraph } from '../../../../src/domain/process/graph';
import { readProcessGraph } from '../../../../src/domain/process/readGraph';

/** The default prototype's process, read as the app reads it. */
export async function defaultGraph(): Promise<ProcessGraph> {
  const read = await readProcessGraph(defaultDiagramXml);
  if (!read.ok) throw new Error(read.error);
  return read.graph;
}
