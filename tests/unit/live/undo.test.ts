import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  PROTOTYPE_ROOT,
  prototypeToDoc,
  readPrototype,
  writePrototype,
} from '../../../src/domain/live/sharedDoc';

/** Two people's replicas, kept in step as the server would. */
function pair() {
  const alice = prototypeToDoc({ id: 'p', name: 'Carte', purpose: { why: '', who: '' } });
  const bob = new Y.Doc();
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
  alice.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(bob, update, 'remote');
  });
  bob.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(alice, update, 'remote');
  });
  return { alice, bob };
}

const mine = Symbol('alice');
const undoOf = (doc: Y.Doc) =>
  new Y.UndoManager(doc.getMap(PROTOTYPE_ROOT), {
    trackedOrigins: new Set([mine]),
    captureTimeout: 0,
  });

describe('each person’s undo', () => {
  it('takes back only their own change, keeping what the other did meanwhile', () => {
    const { alice, bob } = pair();
    const undo = undoOf(alice);
    writePrototype(
      alice,
      { id: 'p', name: 'Carte', purpose: { why: 'Stationner', who: '' } },
      mine,
    );
    writePrototype(
      bob,
      { ...readPrototype(bob), purpose: { why: 'Stationner', who: 'Résidents' } },
      'bob',
    );
    undo.undo();
    expect(readPrototype(alice).purpose).toEqual({ why: '', who: 'Résidents' });
    expect(readPrototype(bob).purpose).toEqual({ why: '', who: 'Résidents' });
    undo.redo();
    expect(readPrototype(bob).purpose).toEqual({ why: 'Stationner', who: 'Résidents' });
  });

  it('has nothing to undo for a person who changed nothing', () => {
    const { alice, bob } = pair();
    const undo = undoOf(alice);
    writePrototype(bob, { ...readPrototype(bob), name: 'Changé par Bob' }, 'bob');
    expect(undo.undoStack).toHaveLength(0);
    undo.undo();
    expect(readPrototype(alice).name).toBe('Changé par Bob');
  });
});
