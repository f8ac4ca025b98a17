import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import {
  addWorkshop,
  setWorkshopNotes,
  startWorkshop,
} from '../../../src/domain/workshops/commands';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import { cancelScheduledSave, flushSave } from '../../../src/state/autosave';
import { execute, undo } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { useNotifications } from '../../../src/state/notifications';
import { endWorkshopWithVersion, restoreStoredVersion } from '../../../src/state/versions';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addPrototype, loadPrototype } from '../../../src/storage/prototypeRepository';
import { listVersions } from '../../../src/storage/versionRepository';

let count = 0;
const now = new Date('2026-11-23T09:00:00.000Z');

let database: FabrikDatabase;

beforeEach(async () => {
  database = new FabrikDatabase(`end-workshop-test-${count++}`);
  useDatabase(database);
  let prototype = addWorkshop({ workshop: newWorkshop('w1', 'Atelier 1') }).apply(
    createPrototype('Carte', now),
  );
  prototype = startWorkshop({ id: 'w1', at: now.toISOString() }).apply(prototype);
  prototype = setWorkshopNotes({ id: 'w1', notes: 'Pas de pièce en double' }).apply(prototype);
  await addPrototype(prototype);
  useEditorStore.setState({
    ...initialEditorState,
    prototype,
    baseRevision: prototype.revision,
    load: { state: 'ready' },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  cancelScheduledSave();
  useNotifications.setState({ items: [] });
});

const current = () => useEditorStore.getState().prototype!;
const messages = () => useNotifications.getState().items.map((item) => item.messageKey);
const refuseWrites = () =>
  vi
    .spyOn(database.prototypes, 'put')
    .mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));

describe('ending a workshop', () => {
  it('ends it and keeps a version of the prototype with the workshop’s notes', async () => {
    const version = await endWorkshopWithVersion('w1', 'Fin de l’atelier 1');
    expect(version).toMatchObject({
      number: 1,
      kind: 'workshop-end',
      workshopId: 'w1',
      notes: 'Pas de pièce en double',
    });
    expect(current().workshops[0]).toMatchObject({ versionId: version?.id });
    expect(current().workshops[0]?.endedAt).toBeDefined();
    // The version records the workshop as ended, as it was at that moment.
    expect(version?.content.workshops[0]?.endedAt).toBe(current().workshops[0]?.endedAt);
    expect(await listVersions(current().id)).toHaveLength(1);
  });

  it('has stored the ended workshop by the time it says so', async () => {
    await endWorkshopWithVersion('w1', 'Fin de l’atelier 1');
    // Nothing more is awaited: a reload now finds it ended.
    expect((await loadPrototype(current().id))?.workshops[0]?.endedAt).toBeDefined();
  });

  it('says nothing ended, and keeps it running, when the browser cannot store it', async () => {
    refuseWrites();
    expect(await endWorkshopWithVersion('w1', 'Fin de l’atelier 1')).toBeUndefined();
    expect(current().workshops[0]?.endedAt).toBeUndefined();
    expect(messages()).toContain('milestone.notStored');
  });

  it('takes no version of a workshop that is not running', async () => {
    await endWorkshopWithVersion('w1', 'Fin');
    expect(await endWorkshopWithVersion('w1', 'Encore')).toBeUndefined();
    expect(await listVersions(current().id)).toHaveLength(1);
    expect(useNotifications.getState().items.at(-1)?.messageKey).toBe(
      'workshops:errors.notRunning',
    );
  });
});

describe('restoring a stored version', () => {
  it('makes its design current, and one undo takes it back', async () => {
    const version = await endWorkshopWithVersion('w1', 'Fin de l’atelier 1');
    execute(setPurposeItem({ item: 'statement', value: 'Changé après la version' }));
    expect(await restoreStoredVersion(version!.id)).toBe(true);
    expect(current().purpose.statement).toBe('');
    undo();
    expect(current().purpose.statement).toBe('Changé après la version');
  });

  it('says it is restored only once it is stored', async () => {
    const version = await endWorkshopWithVersion('w1', 'Fin de l’atelier 1');
    execute(setPurposeItem({ item: 'statement', value: 'Changé après la version' }));
    await flushSave();
    await restoreStoredVersion(version!.id);
    expect(messages()).toContain('workshops:versions.restored');
    expect((await loadPrototype(current().id))?.purpose.statement).toBe('');
  });

  it('announces no restore the browser could not store, and leaves the design as it was', async () => {
    const version = await endWorkshopWithVersion('w1', 'Fin de l’atelier 1');
    execute(setPurposeItem({ item: 'statement', value: 'Changé après la version' }));
    refuseWrites();
    expect(await restoreStoredVersion(version!.id)).toBe(false);
    expect(messages()).not.toContain('workshops:versions.restored');
    expect(messages()).toContain('milestone.notStored');
    expect(current().purpose.statement).toBe('Changé après la version');
  });
});
