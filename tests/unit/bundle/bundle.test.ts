import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, MAX_BUNDLE_BYTES } from '../../../src/domain/bundle/format';
import { canonicalJson, contentHash } from '../../../src/domain/bundle/hash';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import { bundleFileName } from '../../../src/domain/bundle/fileName';
import { bundleToText, writeBundle } from '../../../src/domain/bundle/writeBundle';
import { contentOf } from '../../../src/domain/prototype/model';
import { createPrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { renamePrototype } from '../../../src/domain/prototype/commands';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import i18next from 'i18next';
import { en } from '../../../src/ui/i18n/locales/en';
import { fr } from '../../../src/ui/i18n/locales/fr';
import { exception } from '../exceptions/fixtures';

const now = new Date('2026-11-23T09:00:00.000Z');
const prototype = setPurposeItem({
  item: 'statement',
  value: 'Stationner près de chez soi <b>sans</b> file',
}).apply(createPrototype('Carte de stationnement résident', now));

async function exported() {
  return JSON.parse(
    bundleToText(await writeBundle(prototype, { now, appVersion: '0.1.0' })),
  ) as Record<string, unknown>;
}

/** Re-hashes a tampered prototype so that only the change under test is wrong. */
async function withValidHash(bundle: Record<string, unknown>) {
  return {
    ...bundle,
    integrity: {
      ...(bundle.integrity as object),
      contentHash: await contentHash(bundle.prototype),
    },
  };
}

async function errorOf(text: string) {
  const result = await readBundle(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('export bundle', () => {
  it('has the envelope of DESIGN.md', async () => {
    const bundle = await exported();
    expect(bundle).toMatchObject({
      format: 'fabrik/prototype-bundle',
      formatVersion: CURRENT_FORMAT_VERSION,
      exportedAt: '2026-11-23T09:00:00.000Z',
      app: { name: 'fabrik', version: '0.1.0' },
      integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785' },
      signoffs: [],
    });
    expect((bundle.integrity as { contentHash: string }).contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(bundle.prototype).not.toHaveProperty('revision');
  });

  it('round-trips: importing the export gives an equal prototype', async () => {
    const result = await readBundle(JSON.stringify(await exported()));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.bundle.prototype).toEqual(contentOf(prototype));
    expect(result.repairs).toEqual([]);
    expect(result.check).toMatchObject({ contentMatches: true, signoffs: [], problems: [] });
  });

  it('carries the content as imported: what was hashed is what the importer stores', async () => {
    const typed = renamePrototype({ name: 'Carte résident ' }).apply(prototype);
    const bundle = await writeBundle(typed, { now, appVersion: '0.1.0' });
    expect(bundle.prototype.name).toBe('Carte résident');
    const result = await readBundle(bundleToText(bundle));
    if (!result.ok) throw new Error(result.error.kind);
    expect(await contentHash(result.bundle.prototype)).toBe(bundle.integrity.contentHash);
  });

  it('carries the version and the submission of a file sent for review', async () => {
    const version = { id: 'v1', number: 2, name: 'Soumission', createdAt: now.toISOString() };
    const submission = { by: 'Awa', at: now.toISOString(), declarations: ['teamSawFinal'] };
    const bundle = await writeBundle(prototype, { now, appVersion: '0.1.0', version, submission });
    const result = await readBundle(bundleToText(bundle));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.bundle).toMatchObject({ version, submission, signoffs: [] });
  });

  it('names the file after the prototype and the date', () => {
    expect(bundleFileName('Carte de stationnement résident !', now)).toBe(
      'carte-de-stationnement-resident-2026-11-23.fabrik.json',
    );
    expect(bundleFileName('***', now)).toBe('prototype-2026-11-23.fabrik.json');
  });
});

describe('canonical hash', () => {
  it('does not depend on key order', async () => {
    const a = { b: 1, a: { d: [1, 2], c: 'é' } };
    const b = { a: { c: 'é', d: [1, 2] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","d":[1,2]},"b":1}');
    expect(await contentHash(a)).toBe(await contentHash(b));
  });

  it('changes with any change of content', async () => {
    expect(await contentHash({ a: 'x' })).not.toBe(await contentHash({ a: 'y' }));
  });
});

describe('import refuses bad files, saying why', () => {
  it('refuses a file that is not JSON', async () => {
    expect(await errorOf('{ not json')).toMatchObject({ kind: 'not-json' });
  });

  it('refuses an empty file', async () => {
    expect(await errorOf('  ')).toEqual({ kind: 'empty' });
  });

  it('refuses JSON of another format', async () => {
    expect(await errorOf(JSON.stringify({ format: 'excalidraw' }))).toEqual({
      kind: 'wrong-format',
      found: 'excalidraw',
    });
    expect(await errorOf('[1, 2]')).toEqual({ kind: 'wrong-format', found: '' });
  });

  it('refuses a file written by a newer Fabrik', async () => {
    const bundle = { ...(await exported()), formatVersion: CURRENT_FORMAT_VERSION + 1 };
    expect(await errorOf(JSON.stringify(bundle))).toEqual({
      kind: 'newer-version',
      found: CURRENT_FORMAT_VERSION + 1,
      supported: CURRENT_FORMAT_VERSION,
    });
  });

  it('refuses a file without a format version', async () => {
    const { formatVersion: _omitted, ...bundle } = await exported();
    expect(await errorOf(JSON.stringify(bundle))).toEqual({ kind: 'missing-version' });
  });

  it('refuses missing fields, naming where', async () => {
    const bundle = await exported();
    const { purpose: _omitted, ...prototypeWithoutPurpose } = bundle.prototype as Record<
      string,
      unknown
    >;
    const error = await errorOf(
      JSON.stringify(await withValidHash({ ...bundle, prototype: prototypeWithoutPurpose })),
    );
    expect(error.kind).toBe('invalid');
    expect(error.kind === 'invalid' && error.problems.map((problem) => problem.path)).toContain(
      'prototype.purpose',
    );
  });

  it('refuses wrongly typed fields, naming where', async () => {
    const bundle = await exported();
    const tampered = { ...(bundle.prototype as object), name: 42 };
    const error = await errorOf(
      JSON.stringify(await withValidHash({ ...bundle, prototype: tampered })),
    );
    expect(error.kind === 'invalid' && error.problems[0]?.path).toBe('prototype.name');
  });

  it('refuses a diagram that declares a DOCTYPE, as a .bpmn file would be', async () => {
    const bundle = await exported();
    const prototype = bundle.prototype as { process: object };
    const tampered = {
      ...prototype,
      process: {
        ...prototype.process,
        bpmnXml: '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><definitions/>',
      },
    };
    const error = await errorOf(
      JSON.stringify(await withValidHash({ ...bundle, prototype: tampered })),
    );
    expect(error.kind === 'invalid' && error.problems[0]?.path).toBe('prototype.process.bpmnXml');
  });

  it('refuses a missing integrity block', async () => {
    const { integrity: _omitted, ...bundle } = await exported();
    const error = await errorOf(JSON.stringify(bundle));
    expect(error.kind === 'invalid' && error.problems.map((problem) => problem.path)).toContain(
      'integrity',
    );
  });

  it('refuses content changed after export, in a file nobody signed', async () => {
    const bundle = await exported();
    const tampered = {
      ...bundle,
      prototype: { ...(bundle.prototype as object), name: 'Autre nom' },
    };
    expect(await errorOf(JSON.stringify(tampered))).toMatchObject({ kind: 'hash-mismatch' });
  });

  it('refuses a huge file before parsing it', async () => {
    const huge = `{"format":"fabrik/prototype-bundle","padding":"${'x'.repeat(MAX_BUNDLE_BYTES)}"}`;
    expect(await errorOf(huge)).toMatchObject({ kind: 'too-large', maxBytes: MAX_BUNDLE_BYTES });
  });
});

describe('import repairs what it can', () => {
  it('gives a fresh id to list entries that share one, and says so', async () => {
    const bundle = await exported();
    const team = [
      { id: 'p1', name: 'Awa' },
      { id: 'p1', name: 'Bruno' },
    ];
    const result = await readBundle(
      JSON.stringify(
        await withValidHash({ ...bundle, prototype: { ...(bundle.prototype as object), team } }),
      ),
    );
    if (!result.ok) throw new Error(result.error.kind);
    const ids = result.bundle.prototype.team.map((participant) => participant.id);
    expect(new Set(ids).size).toBe(2);
    expect(result.repairs).toEqual([
      { key: 'bundle.repairs.duplicateId', params: { list: 'team', id: 'p1' } },
    ]);
  });
});

describe('import clears references to people and workshops the file does not have', () => {
  it('clears them, keeps the rest, and says so in French and English', async () => {
    // given a file (edited by hand, or from an older release) whose references dangle
    const bundle = await exported();
    const content = bundle.prototype as Record<string, unknown>;
    const team = [{ id: 'p1', name: 'Awa', service: '', role: 'referent' }];
    const workshops = [{ ...newWorkshop('w1', 'Atelier 1'), attendeeIds: ['p1', 'p-gone'] }];
    const exceptions = [
      exception({ id: 'e1', title: 'Tutelle', raisedById: 'p1', ownerId: 'p-gone' }),
      exception({
        id: 'e2',
        title: 'Hébergé',
        raisedById: 'p-x',
        ownerId: 'p-x',
        workshopId: 'w-x',
      }),
    ];
    // when it is imported
    const result = await readBundle(
      JSON.stringify(
        await withValidHash({ ...bundle, prototype: { ...content, team, workshops, exceptions } }),
      ),
    );
    // then it opens, with nothing pointing at nobody
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.bundle.prototype.workshops[0]?.attendeeIds).toEqual(['p1']);
    expect(result.bundle.prototype.exceptions).toEqual([
      exception({ id: 'e1', title: 'Tutelle', raisedById: 'p1' }),
      exception({ id: 'e2', title: 'Hébergé' }),
    ]);
    // and the person importing is told what was cleared
    expect(result.repairs).toEqual([
      { key: 'bundle.repairs.unknownAttendee', params: { id: 'p-gone', holder: 'Atelier 1' } },
      { key: 'bundle.repairs.unknownParticipant', params: { id: 'p-gone', holder: 'Tutelle' } },
      { key: 'bundle.repairs.unknownParticipant', params: { id: 'p-x', holder: 'Hébergé' } },
      { key: 'bundle.repairs.unknownWorkshop', params: { id: 'w-x', holder: 'Hébergé' } },
    ]);
    // (as the import panel renders them)
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { fr: { common: fr }, en: { common: en } },
      lng: 'fr',
      interpolation: { escapeValue: false },
    });
    expect(i18n.t(`common:${result.repairs[3]!.key}`, result.repairs[3]!.params)).toBe(
      'atelier inconnu « w-x » retiré de l’exception « Hébergé »',
    );
    expect(
      i18n.t(`common:${result.repairs[0]!.key}`, { ...result.repairs[0]!.params, lng: 'en' }),
    ).toBe('unknown participant “p-gone” removed from the attendees of the workshop “Atelier 1”');
  });
});
