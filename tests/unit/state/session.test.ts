// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { renamePrototype } from '../../../src/domain/prototype/commands';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import {
  addPrototype,
  binPrototype,
  loadPrototype,
  prefetchPrototype,
  savePrototype,
  unbinPrototype,
} from '../../../src/storage/prototypeRepository';
import { readJournal, writeJournal } from '../../../src/storage/journal';
import { StorageError } from '../../../src/storage/errors';
import * as storedShapes from '../../../src/storage/storedShapes';
import { flushSave, saveBeforeLeaving } from '../../../src/state/autosave';
import { execute, redo, undo, undoOfLastChange } from '../../../src/state/commands';
import { useEditorStore } from '../../../src/state/editorStore';
import { useNotifications } from '../../../src/state/notifications';
import {
  closePrototype,
  openPrototype,
  reloadFromStorage,
  retryOpening,
} from '../../../src/state/session';
import { settleUnsavedCopy, useUnsavedCopy } from '../../../src/state/unsavedCopy';

let count = 0;
let database: FabrikDatabase;

async function openNew(name = 'Carte') {
  const prototype = createPrototype(name, new Date());
  await addPrototype(prototype);
  await openPrototype(prototype.id);
  return prototype.id;
}

const state = () => useEditorStore.getState();

/** A busy disk: IndexedDB writes of the prototype wait until the returned function is called. */
function stallWrites(id: string): () => void {
  let land = () => {};
  vi.spyOn(database.prototypes, 'put').mockReturnValue(
    new Promise((resolve) => {
      land = () => resolve(id);
    }) as never,
  );
  return () => land();
}

/** Waits until the journal holds the prototype with this purpose statement. */
const journaledStatement = (id: string, statement: string) =>
  vi.waitFor(async () =>
    expect((await readJournal(id))?.prototype.purpose.statement).toBe(statement),
  );

beforeEach(() => {
  database = new FabrikDatabase(`session-test-${count++}`);
  useDatabase(database);
  useNotifications.setState({ items: [] });
});

afterEach(async () => {
  await closePrototype();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('editing an open prototype', () => {
  it('stores each change through the autosave', async () => {
    const id = await openNew();
    execute(setPurposeItem({ item: 'statement', value: 'Stationner' }));
    expect(state().save.state).toBe('pending');
    await flushSave();
    expect(state().save.state).toBe('saved');
    expect((await loadPrototype(id))?.purpose.statement).toBe('Stationner');
  });

  it('undoes and redoes every change, and stores the result', async () => {
    const id = await openNew('Avant');
    execute(renamePrototype({ name: 'Après' }));
    undo();
    expect(state().prototype?.name).toBe('Avant');
    await flushSave();
    expect((await loadPrototype(id))?.name).toBe('Avant');
    redo();
    expect(state().prototype?.name).toBe('Après');
  });

  it('a message’s Undo takes back its own change, never one made after it', async () => {
    await openNew('Avant');
    execute(renamePrototype({ name: 'Renommé' }));
    const undoRename = undoOfLastChange();
    execute(setPurposeItem({ item: 'statement', value: 'Écrit ensuite' }));
    undoRename();
    expect(state().prototype).toMatchObject({
      name: 'Renommé',
      purpose: { statement: 'Écrit ensuite' },
    });
    expect(useNotifications.getState().items.map((item) => item.messageKey)).toContain(
      'undoTooLate',
    );

    execute(renamePrototype({ name: 'Encore' }));
    const undoAgain = undoOfLastChange();
    undoAgain();
    expect(state().prototype?.name).toBe('Renommé');

    // Taken back already (Ctrl+Z): the message's button says so and changes nothing.
    execute(renamePrototype({ name: 'Dernier' }));
    const undoLast = undoOfLastChange();
    undo();
    undoLast();
    expect(state().prototype?.name).toBe('Renommé');
    expect(useNotifications.getState().items.at(-1)?.messageKey).toBe('undoAlreadyDone');
  });

  it('shows a refused command as a notification and changes nothing', async () => {
    await openNew('Nom');
    expect(execute(renamePrototype({ name: ' ' }))).toBe(false);
    expect(state().prototype?.name).toBe('Nom');
    expect(useNotifications.getState().items.map((item) => item.messageKey)).toEqual([
      'errors.nameRequired',
    ]);
  });
});

describe('a second tab', () => {
  it('does not overwrite a save made by another tab: the save is refused as a conflict', async () => {
    const id = await openNew();
    const stored = await loadPrototype(id);
    await savePrototype({ ...stored!, name: 'Autre onglet' }, stored!.revision, new Date());
    useEditorStore.setState({ save: { state: 'saved' } });
    execute(setPurposeItem({ item: 'audience', value: 'Ici' }));
    await flushSave();
    expect(state().save.state).toBe('conflict');
    expect((await loadPrototype(id))?.name).toBe('Autre onglet');

    await reloadFromStorage();
    expect(state().prototype?.name).toBe('Autre onglet');
    expect(state().save.state).toBe('saved');
  });
});

describe('storage failures', () => {
  it('keeps the changes in memory and says the disk is full', async () => {
    await openNew();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(database.prototypes, 'put').mockRejectedValue(quota);
    execute(setPurposeItem({ item: 'value', value: 'Moins de papier' }));
    await flushSave();
    expect(state().save).toEqual({ state: 'error', errorKind: 'quota' });
    expect(state().prototype?.purpose.value).toBe('Moins de papier');
  });
});

describe('closing the tab right after typing', () => {
  it('writes the unsaved state to the journal, and replays it on the next opening', async () => {
    const id = await openNew();
    vi.spyOn(database.prototypes, 'put').mockRejectedValue(
      new Error('tab closed before the write'),
    );
    execute(setPurposeItem({ item: 'statement', value: 'Dernière frappe' }));
    saveBeforeLeaving();
    expect((await readJournal(id))?.prototype.purpose.statement).toBe('Dernière frappe');
    // The tab dies: the IndexedDB write never lands.
    await closePrototype();
    vi.restoreAllMocks();
    expect((await loadPrototype(id))?.purpose.statement).toBe('');

    await openPrototype(id);
    expect(state().prototype?.purpose.statement).toBe('Dernière frappe');
    expect(useNotifications.getState().items.map((item) => item.messageKey)).toContain(
      'autosave.recovered',
    );
    await flushSave();
    expect((await loadPrototype(id))?.purpose.statement).toBe('Dernière frappe');
    expect(await readJournal(id)).toBeUndefined();
  });

  it('replays a change of status alone, such as a submission made just before', async () => {
    const id = await openNew();
    const stored = (await loadPrototype(id))!;
    await closePrototype();
    writeJournal({ baseRevision: stored.revision, prototype: { ...stored, status: 'submitted' } });

    await openPrototype(id);
    expect(state().prototype?.status).toBe('submitted');
    await flushSave();
    expect((await loadPrototype(id))?.status).toBe('submitted');
  });

  it('keeps a change in the journal soon after it is made, with no page event', async () => {
    const id = await openNew();
    // A busy disk: the IndexedDB write does not land before the tab is killed.
    const land = stallWrites(id);
    execute(setPurposeItem({ item: 'statement', value: 'Tapé avant la fin brutale' }));
    try {
      await journaledStatement(id, 'Tapé avant la fin brutale');
    } finally {
      land();
    }
  });

  it('journals a burst of typing once until its write starts, not on every pause of the timer', async () => {
    const id = await openNew();
    const events: string[] = [];
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (key === `fabrik:journal:${id}`) events.push('journal');
      setItem.call(this, key, value);
    });
    const put = database.prototypes.put.bind(database.prototypes);
    vi.spyOn(database.prototypes, 'put').mockImplementation((...args) => {
      events.push('write');
      return put(...args);
    });
    // Ten keystrokes, 60 ms apart: over half a second before the write.
    for (let typed = 1; typed <= 10; typed++) {
      execute(setPurposeItem({ item: 'statement', value: 'Stationner'.slice(0, typed) }));
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await vi.waitFor(() => expect(events).toContain('write'));
    expect(events.slice(0, events.indexOf('write'))).toEqual(['journal']);
    await flushSave();
    expect((await loadPrototype(id))?.purpose.statement).toBe('Stationner');
  });

  it('journals each change typed while a write is stuck behind a busy disk', async () => {
    const id = await openNew();
    const land = stallWrites(id);
    execute(setPurposeItem({ item: 'statement', value: 'Avant l’écriture' }));
    const writing = flushSave();
    try {
      execute(setPurposeItem({ item: 'statement', value: 'Pendant l’écriture' }));
      await journaledStatement(id, 'Pendant l’écriture');
      execute(setPurposeItem({ item: 'statement', value: 'Toujours pendant' }));
      await journaledStatement(id, 'Toujours pendant');
    } finally {
      land();
      await writing;
    }
  });

  it('journals what a write stuck behind a busy disk holds, typed after the first copy', async () => {
    const id = await openNew();
    const land = stallWrites(id);
    for (const typed of ['Sta', 'Statio', 'Stationner']) {
      execute(setPurposeItem({ item: 'statement', value: typed }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Typing has stopped; the write starts and never lands.
    const writing = flushSave();
    try {
      await journaledStatement(id, 'Stationner');
    } finally {
      land();
      await writing;
    }
  });

  it('journals the next burst after a slow write that landed', async () => {
    const id = await openNew();
    const put = database.prototypes.put.bind(database.prototypes);
    const get = database.prototypes.get.bind(database.prototypes);
    let writes = 0;
    let landed = false;
    // A slow disk: the transaction is kept busy with reads (a timer would end it).
    const busyUntil = async (done: () => boolean) => {
      while (!done()) await get(id);
    };
    const slowPut = async (...args: Parameters<typeof put>) => {
      writes += 1;
      const since = Date.now();
      // The first write is slow but lands; the next one waits, so the journal is the only
      // place the next burst can be found.
      if (writes === 1) await busyUntil(() => Date.now() - since > 300);
      else await busyUntil(() => landed);
      return put(...args);
    };
    vi.spyOn(database.prototypes, 'put').mockImplementation(slowPut as never);
    execute(setPurposeItem({ item: 'statement', value: 'Première' }));
    await flushSave();
    expect(state().save.state).toBe('saved');
    execute(setPurposeItem({ item: 'statement', value: 'Seconde' }));
    try {
      await journaledStatement(id, 'Seconde');
    } finally {
      landed = true;
    }
  });

  it('leaves the journal of another tab still open to that tab, and replays it once the tab is gone', async () => {
    const id = await openNew();
    const stored = (await loadPrototype(id))!;
    await closePrototype();
    writeJournal({
      baseRevision: stored.revision,
      prototype: { ...stored, name: 'Tapé dans l’autre onglet' },
      tab: 'other-tab',
    });
    // Each tab holds a lock named after it until it closes or dies.
    const held = [{ name: 'fabrik:tab:other-tab', mode: 'exclusive' as const }];
    Object.defineProperty(navigator, 'locks', {
      configurable: true,
      value: {
        query: () => Promise.resolve({ held: [...held], pending: [] }),
        request: () => new Promise(() => undefined),
      },
    });
    try {
      await openPrototype(id);
      expect(state().prototype?.name).toBe('Carte');
      expect(await readJournal(id)).toBeDefined();
      await closePrototype();

      held.length = 0;
      await openPrototype(id);
      expect(state().prototype?.name).toBe('Tapé dans l’autre onglet');
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });

  it('does not replay a journal made on an older revision', async () => {
    const id = await openNew();
    const stored = (await loadPrototype(id))!;
    await closePrototype();
    writeJournal({
      baseRevision: stored.revision,
      prototype: { ...stored, name: 'Ancien brouillon' },
    });
    await savePrototype({ ...stored, name: 'Plus récent' }, stored.revision, new Date());

    await openPrototype(id);
    expect(state().prototype?.name).toBe('Plus récent');
    // Not replayed, and not thrown away either: offered until the user decides.
    expect(useUnsavedCopy.getState().copy?.name).toBe('Ancien brouillon');
    expect(await readJournal(id)).toBeDefined();
    settleUnsavedCopy();
    expect(useUnsavedCopy.getState().copy).toBeUndefined();
    expect(await readJournal(id)).toBeUndefined();
  });

  it('replays a journal over the write this tab had under way, once that write has landed', async () => {
    const id = await openNew();
    const base = state().baseRevision;
    execute(setPurposeItem({ item: 'statement', value: 'Écrit' }));
    const writing = flushSave();
    execute(setPurposeItem({ item: 'audience', value: 'Tapé pendant l’écriture' }));
    saveBeforeLeaving();
    const left = (await readJournal(id))!;
    expect(left).toMatchObject({ baseRevision: base, writing: { revision: base + 1 } });
    await writing;
    expect((await loadPrototype(id))?.revision).toBe(base + 1);
    // The tab died there: what it left is the journal above, over its own write.
    vi.spyOn(database.prototypes, 'put').mockRejectedValue(new Error('tab closed'));
    await closePrototype();
    vi.restoreAllMocks();
    writeJournal(left);

    await openPrototype(id);
    expect(state().prototype?.purpose).toMatchObject({
      statement: 'Écrit',
      audience: 'Tapé pendant l’écriture',
    });
    expect(useUnsavedCopy.getState().copy).toBeUndefined();
  });

  it('keeps changes that could not be stored when the prototype is closed, and replays them', async () => {
    const id = await openNew();
    vi.spyOn(database.prototypes, 'put').mockRejectedValue(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    execute(setPurposeItem({ item: 'value', value: 'Gardé malgré le disque plein' }));
    await flushSave();
    expect(state().save.state).toBe('error');
    await closePrototype();
    expect(useNotifications.getState().items.map((item) => item.messageKey)).toContain(
      'autosave.keptInBrowser',
    );
    vi.restoreAllMocks();

    await openPrototype(id);
    expect(state().prototype?.purpose.value).toBe('Gardé malgré le disque plein');
    await flushSave();
    expect((await loadPrototype(id))?.purpose.value).toBe('Gardé malgré le disque plein');
  });
});

describe('another tab deletes the open prototype', () => {
  it('stops saving while it is in the bin, and resumes when the deletion is undone', async () => {
    const id = await openNew();
    await binPrototype(id, new Date());
    await vi.waitFor(() => expect(state().save.state).toBe('missing'));
    execute(setPurposeItem({ item: 'statement', value: 'Pendant la suppression' }));
    expect(state().save.state).toBe('missing');

    await unbinPrototype(id);
    await vi.waitFor(() => expect(state().save.state).not.toBe('missing'));
    await flushSave();
    expect(state().save.state).toBe('saved');
    expect((await loadPrototype(id))?.purpose.statement).toBe('Pendant la suppression');
  });
});

describe('opening a page on a prototype’s address', () => {
  it('opens with the read started beforehand, once, and only for that prototype', async () => {
    const prototype = createPrototype('Lu d’avance', new Date());
    await addPrototype(prototype);
    void prefetchPrototype(prototype.id);
    // Written after the read began: the read started first is what the page opens with.
    await savePrototype({ ...prototype, name: 'Renommé ensuite' }, prototype.revision, new Date());
    await openPrototype(prototype.id);
    expect(state().prototype?.name).toBe('Lu d’avance');

    // Taken once: opening again reads afresh.
    await closePrototype();
    await openPrototype(prototype.id);
    expect(state().prototype?.name).toBe('Renommé ensuite');

    // A read started for another prototype is not taken.
    const other = createPrototype('Autre', new Date());
    await addPrototype(other);
    await closePrototype();
    void prefetchPrototype(other.id);
    await openPrototype(prototype.id);
    expect(state().prototype?.name).toBe('Renommé ensuite');
  });

  it('opens with the row the page’s first script read, or reads it when that script could not', async () => {
    const prototype = createPrototype('Lu par le premier script', new Date());
    await addPrototype(prototype);
    const row = await database.prototypes.get(prototype.id);
    void prefetchPrototype(prototype.id, Promise.resolve({ row: { ...row, name: 'Lu tôt' } }));
    await openPrototype(prototype.id);
    expect(state().prototype?.name).toBe('Lu tôt');

    // The early read found nothing under this id: the prototype does not exist.
    await closePrototype();
    void prefetchPrototype(prototype.id, Promise.resolve({ row: undefined }));
    await openPrototype(prototype.id);
    expect(state().load.state).toBe('not-found');

    // The early read could not be made (no database yet, an older one): Dexie reads it.
    await closePrototype();
    void prefetchPrototype(prototype.id, Promise.resolve(undefined));
    await openPrototype(prototype.id);
    expect(state().prototype?.name).toBe('Lu par le premier script');
  });

  it('checks a row read early in full, as any other', async () => {
    const prototype = createPrototype('Abîmé', new Date());
    await addPrototype(prototype);
    const tampered = { ...(await database.prototypes.get(prototype.id))!, tracking: 'rien' };
    void prefetchPrototype(prototype.id, Promise.resolve({ row: tampered }));
    await openPrototype(prototype.id);
    await vi.waitFor(() =>
      expect(state().load).toEqual({ state: 'error', errorKind: 'unreadable' }),
    );
  });
});

describe('opening a prototype shown before its full read', () => {
  it('says it cannot be read once the read fails, and never writes over it', async () => {
    const prototype = createPrototype('Abîmé ensuite', new Date());
    await addPrototype(prototype);
    const tampered = { ...(await database.prototypes.get(prototype.id))!, tracking: 'rien' };
    await database.prototypes.put(tampered as never);

    await openPrototype(prototype.id);
    expect(state().load.state).toBe('ready');
    execute(setPurposeItem({ item: 'statement', value: 'Modifié avant la vérification' }));

    await vi.waitFor(() =>
      expect(state().load).toEqual({ state: 'error', errorKind: 'unreadable' }),
    );
    await flushSave();
    expect(await database.prototypes.get(prototype.id)).toEqual(tampered);
    // Shown, edited, then refused: not an opening to try again.
    const shown = state().prototype;
    await retryOpening();
    expect(state().prototype).toBe(shown);
    expect(state().load).toEqual({ state: 'error', errorKind: 'unreadable' });
  });

  it('keeps it on screen when the check’s code could not be downloaded, and saves once online', async () => {
    const prototype = createPrototype('Hors ligne', new Date());
    await addPrototype(prototype);
    // The network dropped before the schemas' code was downloaded: every load fails.
    const offline = vi
      .spyOn(storedShapes, 'loadStoredShapes')
      .mockRejectedValue(new StorageError('notDownloaded', new TypeError('Failed to fetch')));
    await openPrototype(prototype.id);
    await vi.waitFor(() => expect(offline).toHaveBeenCalled());
    expect(state().load.state).toBe('ready');

    execute(setPurposeItem({ item: 'statement', value: 'Écrit hors ligne' }));
    await flushSave();
    expect(state().save).toEqual({ state: 'error', errorKind: 'notDownloaded' });
    expect(state().prototype?.purpose.statement).toBe('Écrit hors ligne');

    offline.mockRestore();
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(state().save.state).toBe('saved'));
    expect((await loadPrototype(prototype.id))?.purpose.statement).toBe('Écrit hors ligne');
  });
  it('does not open over a closed tab’s changes whose check could not be downloaded, and opens with them once it can', async () => {
    const id = await openNew();
    const stored = (await loadPrototype(id))!;
    await closePrototype();
    const purpose = { ...stored.purpose, statement: 'Tapé avant la coupure' };
    writeJournal({ baseRevision: stored.revision, prototype: { ...stored, purpose } });
    const offline = vi
      .spyOn(storedShapes, 'loadStoredShapes')
      .mockRejectedValue(new StorageError('notDownloaded', new TypeError('Failed to fetch')));

    await openPrototype(id);
    expect(state().load).toEqual({ state: 'error', errorKind: 'notDownloaded' });
    expect(state().prototype).toBeNull();

    offline.mockRestore();
    await retryOpening();
    expect(state().load.state).toBe('ready');
    expect(state().prototype?.purpose.statement).toBe('Tapé avant la coupure');
    await flushSave();
    expect((await loadPrototype(id))?.purpose.statement).toBe('Tapé avant la coupure');
  });
});
