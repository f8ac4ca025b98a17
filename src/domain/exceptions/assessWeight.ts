import { readProcessGraph } from '../process/readGraph';
import type { PrototypeContent } from '../prototype/schema';
import { mainPathTasks, weighExceptions, type ExceptionsWeight } from './weight';

/** Weighs a prototype's exceptions against its form and its process (read from the BPMN). */
export async function assessExceptionsWeight(
  prototype: PrototypeContent,
): Promise<ExceptionsWeight> {
  const read = prototype.process.bpmnXml.trim()
    ? await readProcessGraph(prototype.process.bpmnXml)
    : undefined;
  const tasks = read?.ok ? mainPathTasks(read.graph) : undefined;
  return weighExceptions(prototype.exceptions, { pages: prototype.form.pages.length, tasks });
}
