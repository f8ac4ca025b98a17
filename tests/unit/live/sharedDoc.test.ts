import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPrototype } from '../../../src/domain/prototype/create';
import { moveField } from '../../../src/domain/form/commands';
import {
  prototypeToDoc,
  readPrototype,
  sharedPart,
  writePrototype,
} from '../../../src/domain/live/sharedDoc';
import { shareUnchanged } from '../../../src/domain/live/json';
import { largePrototype } from '../../fixtures/largePrototype';

/** A second replica of `doc`, as another participant would hold it. */
function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Exchanges what each replica has that the other lacks. */
function exchange(a: Y.Doc, b: Y.Doc) {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

const now = new Date('2026-11-23T09:00:00.000Z');

describe('prototype ↔ shared document', () => {
  it('gives back the default prototype exactly, through an encoded update', () => {
    const prototype = createPrototype('Carte de stationnement', now);
    const doc = replicaOf(prototypeToDoc(prototype));
    expect(readPrototype(doc)).toEqual(sharedPart(prototype));
  });

  it('gives back a 300-field prototype exactly', () => {
    const prototype = largePrototype(300);
    expect(readPrototype(replicaOf(prototypeToDoc(prototype)))).toEqual(sharedPart(prototype));
  });

  it('keeps the browser’s own bookkeeping out of the shared document', () => {
    const shared = readPrototype(prototypeToDoc(createPrototype('A', now)));
    expect(Object.keys(shared)).not.toContain('revision');
    expect(Object.keys(shared)).not.toContain('status');
  });

  it('keeps content keys it does not know, nested lists and odd values losslessly', () => {
    const prototype = {
      ...createPrototype('A', now),
      goingFurther: {
        operations: [
          { id: 'op-1', title: 'Pilote', raci: { r: ['a', 'b'], a: 'c' }, done: false },
          { id: 'op-2', title: 'Généralisation', steps: [{ id: 's1', at: 3 }], done: true },
        ],
        notes: null,
        matrix: [
          [1, 2],
          [3, 4],
        ],
        noIds: [{ label: 'x' }, { label: 'y' }],
        duplicated: [
          { id: 'same', n: 1 },
          { id: 'same', n: 2 },
        ],
      },
    };
    expect(readPrototype(replicaOf(prototypeToDoc(prototype)))).toEqual(sharedPart(prototype));
  });

  it('writes only what changed, and an unchanged write changes nothing', () => {
    const prototype = largePrototype(30);
    const doc = prototypeToDoc(prototype);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    writePrototype(doc, prototype);
    expect(updates).toHaveLength(0);
    const renamed = { ...prototype, name: 'Nouveau nom' };
    writePrototype(doc, renamed);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(200);
    expect(readPrototype(doc)).toEqual(sharedPart(renamed));
  });

  it('follows a list becoming a plain value and back', () => {
    const doc = prototypeToDoc({ id: 'p', things: [{ id: 'a' }] });
    writePrototype(doc, { id: 'p', things: ['x', 'y'] });
    expect(readPrototype(doc)).toEqual({ id: 'p', things: ['x', 'y'] });
    writePrototype(doc, { id: 'p', things: [{ id: 'b', v: 1 }] });
    expect(readPrototype(doc)).toEqual({ id: 'p', things: [{ id: 'b', v: 1 }] });
  });
});

describe('concurrent changes', () => {
  const page = (prototype: ReturnType<typeof largePrototype>) => prototype.form.pages[0]!;

  it('merges two people changing different fields', () => {
    const base = largePrototype(10);
    const alice = prototypeToDoc(base);
    const bob = replicaOf(alice);
    const fields = page(base).fields;
    const withLabel = (index: number, label: string) => ({
      ...base,
      form: {
        ...base.form,
        pages: [
          {
            ...page(base),
            fields: fields.map((field, at) => (at === index ? { ...field, label } : field)),
          },
          ...base.form.pages.slice(1),
        ],
      },
    });
    writePrototype(alice, withLabel(1, 'Nom d’Alice'));
    writePrototype(bob, withLabel(5, 'Nom de Bob'));
    exchange(alice, bob);
    const merged = readPrototype(alice);
    expect(merged).toEqual(readPrototype(bob));
    const labels = (merged.form as typeof base.form).pages[0]!.fields.map((field) => field.label);
    expect(labels[1]).toBe('Nom d’Alice');
    expect(labels[5]).toBe('Nom de Bob');
  });

  it('keeps both moves when two people move different fields at once', () => {
    const base = largePrototype(10);
    const alice = prototypeToDoc(base);
    const bob = replicaOf(alice);
    const ids = page(base).fields.map((field) => field.id);
    const pageId = page(base).id;
    writePrototype(alice, moveField({ id: ids[0]!, to: { pageId, index: 9 } }).apply(base));
    writePrototype(bob, moveField({ id: ids[8]!, to: { pageId, index: 1 } }).apply(base));
    exchange(alice, bob);
    const order = (doc: Y.Doc) =>
      (readPrototype(doc).form as typeof base.form).pages[0]!.fields.map((field) => field.id);
    expect(order(alice)).toEqual(order(bob));
    expect(order(alice).indexOf(ids[0]!)).toBeGreaterThan(order(alice).indexOf(ids[7]!));
    expect(order(alice).indexOf(ids[8]!)).toBeLessThan(order(alice).indexOf(ids[1]!));
    expect([...order(alice)].sort()).toEqual([...ids].sort());
  });

  it('converges when two people move the same field to different places', () => {
    const base = largePrototype(10);
    const alice = prototypeToDoc(base);
    const bob = replicaOf(alice);
    const ids = page(base).fields.map((field) => field.id);
    const pageId = page(base).id;
    writePrototype(alice, moveField({ id: ids[3]!, to: { pageId, index: 0 } }).apply(base));
    writePrototype(bob, moveField({ id: ids[3]!, to: { pageId, index: 9 } }).apply(base));
    exchange(alice, bob);
    expect(readPrototype(alice)).toEqual(readPrototype(bob));
    const fields = (readPrototype(alice).form as typeof base.form).pages[0]!.fields;
    expect(fields.filter((field) => field.id === ids[3])).toHaveLength(1);
  });

  it('keeps both additions at the same place, in the same order for everyone', () => {
    const base = { id: 'p', items: [{ id: 'a' }, { id: 'z' }] };
    const alice = prototypeToDoc(base);
    const bob = replicaOf(alice);
    writePrototype(alice, { id: 'p', items: [{ id: 'a' }, { id: 'm1' }, { id: 'z' }] });
    writePrototype(bob, { id: 'p', items: [{ id: 'a' }, { id: 'm2' }, { id: 'z' }] });
    exchange(alice, bob);
    expect(readPrototype(alice)).toEqual(readPrototype(bob));
    const ids = (readPrototype(alice).items as { id: string }[]).map((item) => item.id);
    expect(ids[0]).toBe('a');
    expect(ids.at(-1)).toBe('z');
    expect(ids).toHaveLength(4);
    // A later move on either side still works from the tied keys.
    writePrototype(alice, {
      id: 'p',
      items: [{ id: 'z' }, { id: 'm2' }, { id: 'm1' }, { id: 'a' }],
    });
    exchange(alice, bob);
    expect(readPrototype(bob)).toEqual({
      id: 'p',
      items: [{ id: 'z' }, { id: 'm2' }, { id: 'm1' }, { id: 'a' }],
    });
  });

  it('keeps an exception added by each of two people to an empty list', () => {
    const alice = prototypeToDoc({ id: 'p', exceptions: [] });
    const bob = replicaOf(alice);
    writePrototype(alice, { id: 'p', exceptions: [{ id: 'e1', title: 'A' }] });
    writePrototype(bob, { id: 'p', exceptions: [{ id: 'e2', title: 'B' }] });
    exchange(alice, bob);
    const titles = (readPrototype(alice).exceptions as { title: string }[]).map((e) => e.title);
    expect(titles.sort()).toEqual(['A', 'B']);
  });
});

describe('shareUnchanged', () => {
  it('keeps every unchanged part of the previous prototype, so screens re-render only what changed', () => {
    const before = largePrototype(30);
    const decoded = readPrototype(prototypeToDoc({ ...before, name: 'Autre nom' }));
    const next = shareUnchanged(before, { ...decoded, status: before.status } as typeof before);
    expect(next.form).toBe(before.form);
    expect(next.tracking).toBe(before.tracking);
    expect(next).not.toBe(before);
    expect(next.name).toBe('Autre nom');
  });
});
