import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../src/domain/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import {
  addStatus,
  deleteStatus,
  moveStatus,
  updateStatus,
} from '../../../src/domain/tracking/commands/statuses';
import { defaultStatusIds } from '../../../src/domain/tracking/defaults';
import { trackingSchema } from '../../../src/domain/tracking/schema';
import { doUndoRedo, processGraph, processXml, prototypeWithProcess } from './support';

const labels = (p: { tracking: { statuses: { label: string }[] } }) =>
  p.tracking.statuses.map((s) => s.label);

function refusal(run: () => unknown): CommandRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandRefusedError) return error;
    throw error;
  }
  throw new Error('The command was not refused.');
}

describe('addStatus', () => {
  it('adds a status before the final ones; undo removes it, redo adds it back', () => {
    const before = createPrototype('X', new Date());
    const { after, undone, redone } = doUndoRedo(
      before,
      addStatus({ id: 's-new', label: 'En commission' }),
    );
    expect(labels(after).slice(3, 6)).toEqual([
      'En cours d’instruction',
      'En commission',
      'Acceptée',
    ]);
    expect(trackingSchema.safeParse(after.tracking).success).toBe(true);
    expect(undone.tracking).toBe(before.tracking);
    expect(redone.tracking).toBe(after.tracking);
  });
});

describe('updateStatus', () => {
  it('renames a status; undo and redo switch between the two labels', () => {
    const before = createPrototype('X', new Date());
    const command = updateStatus({
      statusId: defaultStatusIds.submitted,
      patch: { label: 'Dossier reçu' },
    });
    const { after, undone, redone } = doUndoRedo(before, command);
    expect(labels(after)[0]).toBe('Dossier reçu');
    expect(labels(undone)[0]).toBe('Demande déposée');
    expect(labels(redone)[0]).toBe('Dossier reçu');
  });

  it('merges a burst of typing in one box, and keeps boxes apart', () => {
    const id = defaultStatusIds.submitted;
    expect(updateStatus({ statusId: id, patch: { label: 'a' } }).mergeKey).toBe(
      updateStatus({ statusId: id, patch: { label: 'ab' } }).mergeKey,
    );
    expect(updateStatus({ statusId: id, patch: { label: 'a' } }).mergeKey).not.toBe(
      updateStatus({ statusId: id, patch: { explanation: 'a' } }).mergeKey,
    );
  });

  it('returns the same prototype when nothing changes, and refuses what the schema refuses', () => {
    const before = createPrototype('X', new Date());
    const id = defaultStatusIds.submitted;
    expect(updateStatus({ statusId: id, patch: { final: false } }).apply(before)).toBe(before);
    expect(
      refusal(() => updateStatus({ statusId: id, patch: { color: 'red' } }).apply(before)).reason,
    ).toBe('tracking:errors.invalidStatus');
    expect(
      refusal(() => updateStatus({ statusId: id, patch: { timeLimitDays: 0 } }).apply(before))
        .reason,
    ).toBe('tracking:errors.invalidStatus');
  });
});

describe('moveStatus', () => {
  it('moves a status in the order; undo puts it back', () => {
    const before = createPrototype('X', new Date());
    const { after, undone, redone } = doUndoRedo(
      before,
      moveStatus({ statusId: defaultStatusIds.checking, toIndex: 0 }),
    );
    expect(labels(after).slice(0, 2)).toEqual(['En cours de vérification', 'Demande déposée']);
    expect(labels(undone)).toEqual(labels(before));
    expect(labels(redone)).toEqual(labels(after));
  });
});

describe('deleteStatus', () => {
  it('refuses to delete a status the process sets, naming the steps', async () => {
    const before = prototypeWithProcess();
    const process = { xml: processXml, graph: await processGraph() };
    const error = refusal(() =>
      deleteStatus({ statusId: defaultStatusIds.checking, process }).apply(before),
    );
    expect(error.reason).toBe('tracking:errors.statusInUse');
    expect(error.params).toEqual({
      status: 'En cours de vérification',
      steps: 'Vérifier la complétude',
      count: 1,
    });
  });

  it('deletes an unused status with its messages; undo brings both back', async () => {
    const before = prototypeWithProcess();
    const process = { xml: processXml, graph: await processGraph() };
    const { after, undone, redone } = doUndoRedo(
      before,
      deleteStatus({ statusId: defaultStatusIds.closed, process }),
    );
    expect(labels(after)).not.toContain('Classée sans suite');
    expect(after.tracking.messages.map((m) => m.statusId)).not.toContain(defaultStatusIds.closed);
    expect(undone.tracking).toBe(before.tracking);
    expect(redone.tracking).toBe(after.tracking);
  });

  it('refuses when the process changed since it was read, or cannot be read and names it', () => {
    const before = prototypeWithProcess();
    expect(
      refusal(() =>
        deleteStatus({
          statusId: defaultStatusIds.closed,
          process: { xml: '', graph: null },
        }).apply(before),
      ).reason,
    ).toBe('tracking:errors.processChanged');
    const broken = {
      ...before,
      process: { ...before.process, bpmnXml: '<bpmn fabrik:status="status-closed"' },
    };
    expect(
      refusal(() =>
        deleteStatus({
          statusId: defaultStatusIds.closed,
          process: { xml: broken.process.bpmnXml, graph: null },
        }).apply(broken),
      ).reason,
    ).toBe('tracking:errors.statusMaybeInUse');
  });
});
