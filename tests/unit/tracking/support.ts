import { readFileSync } from 'node:fs';
import type { Command } from '../../../src/domain/commands';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import * as history from '../../../src/state/history';

export const processXml = readFileSync(new URL('./fixtures/process.bpmn', import.meta.url), 'utf8');

export async function processGraph(xml = processXml): Promise<ProcessGraph> {
  const read = await readProcessGraph(xml);
  if (!read.ok) throw new Error(read.error);
  return read.graph;
}

/**
 * Form fields carrying only what the tracking step reads (id, key, label, type): the
 * form's own model is richer, and owned by the form designer.
 */
export function formWith(fields: { id: string; key: string; type: string; label: string }[]) {
  return {
    pages: [{ id: 'page-1', title: 'Votre demande', fields }],
  } as unknown as Prototype['form'];
}

/** A new prototype with the fixture process and two form fields. */
export function prototypeWithProcess(): Prototype {
  const prototype = createPrototype('Carte de stationnement', new Date('2026-03-02T09:00:00Z'));
  return {
    ...prototype,
    form: formWith([
      { id: 'f-email', key: 'email', type: 'email', label: 'Adresse électronique' },
      { id: 'f-plate', key: 'immatriculation', type: 'shortText', label: 'Immatriculation' },
    ]),
    process: { ...prototype.process, bpmnXml: processXml },
  };
}

/**
 * Applies a command, then undoes and redoes it through the editor's history: returns the
 * prototype after each, for do / undo / redo assertions.
 */
export function doUndoRedo(before: Prototype, command: Command) {
  const after = command.apply(before);
  const recorded = history.record(history.emptyHistory, before, command.mergeKey, 0);
  const undone = history.undo(recorded, after);
  if (!undone) throw new Error('Nothing to undo.');
  const redone = history.redo(undone.history, undone.prototype);
  if (!redone) throw new Error('Nothing to redo.');
  return { after, undone: undone.prototype, redone: redone.prototype };
}
