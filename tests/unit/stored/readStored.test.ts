import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Migration } from '../../../src/domain/stored/migrate';
import {
  currentVersion,
  readStored,
  type StoredShape,
} from '../../../src/domain/stored/readStored';
import {
  journalShape,
  prototypeRowShape,
  reviewerKeyShape,
  seenSignoffShape,
  tryoutShape,
  versionShape,
} from '../../../src/domain/stored/shapes';
import { earlierShapes, storedFixture } from '../../fixtures/stored';

const shapes = {
  prototype: prototypeRowShape,
  version: versionShape,
  journal: journalShape,
  tryout: tryoutShape,
  'reviewer-key': reviewerKeyShape,
  'seen-signoff': seenSignoffShape,
} as unknown as Record<keyof typeof earlierShapes, StoredShape<unknown>>;

describe('every earlier stored shape', () => {
  for (const [name, fixtures] of Object.entries(earlierShapes)) {
    for (const fixture of fixtures) {
      it(`reads ${fixture} as a ${name}`, () => {
        const raw = storedFixture(fixture);
        const before = structuredClone(raw);
        const read = readStored(shapes[name as keyof typeof earlierShapes], raw);
        expect(read.ok, JSON.stringify(read)).toBe(true);
        if (read.ok) expect(read.fromVersion).toBe(1);
        // The row given is never changed, whatever the path does.
        expect(raw).toEqual(before);
      });
    }
  }

  it('fills what the first rows lacked, and repairs what they got wrong', () => {
    const read = readStored(prototypeRowShape, storedFixture('prototype-v1-early'));
    if (!read.ok) throw new Error('unreadable');
    const [first, second] = read.value.exceptions;
    expect(first).toMatchObject({ id: 'e1', status: 'open', frequency: 'unknown' });
    expect(second!.id).not.toBe('e1');
    expect(second!.raisedById).toBeUndefined();
    expect(read.value.workshops[0]).toMatchObject({ durationMinutes: 120, attendeeIds: [] });
    expect(read.repairs.map((repair) => repair.key)).toEqual([
      'bundle.repairs.duplicateId',
      'bundle.repairs.unknownParticipant',
    ]);
  });

  it('keeps the bin date of a prototype in the bin', () => {
    const read = readStored(prototypeRowShape, storedFixture('prototype-v1-binned'));
    expect(read.ok && read.value.deletedAt).toBe('2026-10-02T09:00:00.000Z');
  });

  it('reads a row stamped with the current version as it is', () => {
    const raw = { ...storedFixture('tryout-v1'), schemaVersion: currentVersion(tryoutShape) };
    const read = readStored(tryoutShape, raw);
    expect(read.ok && read.value.code).toBe('HFBRGFTX');
    expect(read.ok && 'schemaVersion' in read.value).toBe(false);
  });
});

describe('a row that cannot be read', () => {
  it('says why: not an object, a bad or newer version, or a shape the schema refuses', () => {
    const kind = (raw: unknown) => {
      const read = readStored(prototypeRowShape, raw);
      return read.ok ? 'ok' : read.problem.kind;
    };
    expect(kind('texte')).toBe('not-an-object');
    expect(kind({ ...storedFixture('prototype-v1'), schemaVersion: 'un' })).toBe('bad-version');
    expect(kind({ ...storedFixture('prototype-v1'), schemaVersion: 99 })).toBe('newer-version');
    expect(kind({ ...storedFixture('prototype-v1'), form: null })).toBe('invalid');
    expect(kind({ ...storedFixture('tryout-v1') })).toBe('invalid');
  });
});

describe('migrations', () => {
  const shape: StoredShape<{ title: string; tags: string[] }> = {
    name: 'test',
    versionField: 'schemaVersion',
    migrations: [
      {
        to: 2,
        description: 'name → title',
        migrate: ({ name, ...rest }) => ({ ...rest, title: name }),
      },
      { to: 3, description: 'tags', migrate: (row) => ({ ...row, tags: [] }) },
    ] satisfies Migration[],
    schema: z.object({ title: z.string(), tags: z.array(z.string()) }),
  };

  it('run from the row’s version up to the newest, then validate', () => {
    expect(currentVersion(shape)).toBe(3);
    expect(readStored(shape, { name: 'a' })).toMatchObject({ ok: true, fromVersion: 1 });
    expect(readStored(shape, { schemaVersion: 2, title: 'b' })).toMatchObject({
      ok: true,
      value: { title: 'b', tags: [] },
    });
    expect(readStored(shape, { schemaVersion: 2, name: 'c' })).toMatchObject({ ok: false });
  });

  it('turn a migration that throws into an unreadable row', () => {
    const failing = {
      ...shape,
      migrations: [
        {
          to: 2,
          description: '',
          migrate: () => {
            throw new Error('x');
          },
        },
      ],
    };
    expect(readStored(failing, { name: 'a' })).toEqual({
      ok: false,
      problem: { kind: 'migration-failed' },
    });
  });
});
