import type { DiagramEditorOptions, DiagramEditor } from './editor/types';

/** bpmn-js and Fabrik's modules for it: a chunk of its own, out of the first page load. */
export interface DiagramEditorModule {
  createDiagramEditor: (options: DiagramEditorOptions) => DiagramEditor;
}

let arrived: DiagramEditorModule | undefined;

/**
 * Loads the editor's chunk; once it has arrived, hands it over in the same task. A
 * dynamic import of a module already there still settles a task later, behind whatever
 * the page has queued: opening the step, the editor was created 10 to 20 ms after the
 * step's effect asked for it. A failed load is not kept: the next call tries again
 * (offline before the chunk was ever cached).
 */
export function loadDiagramEditor(): Promise<DiagramEditorModule> {
  if (arrived) return Promise.resolve(arrived);
  return import('./editor/createDiagramEditor').then((module) => (arrived = module));
}
