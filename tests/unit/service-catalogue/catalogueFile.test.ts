import { describe, expect, it } from 'vitest';
import {
  catalogueMigrations,
  readCatalogueFile,
  writeCatalogueFile,
  type CatalogueContent,
} from '../../../src/domain/service-catalogue/catalogueFile';
import { canonicalJson, sha256Hex } from '../../../src/domain/bundle/hash';
import { checkMigrationSequence } from '../../../src/domain/stored/migrate';
import { createServiceEntry } from '../../../src/domain/service-catalogue/schema';
import { defaultIndicatorTargets } from '../../../src/domain/service-catalogue/dashboard';
import { defaultScoringSettings } from '../../../src/domain/service-catalogue/scoring';

const at = new Date('2026-12-01T10:00:00Z');
const content: CatalogueContent = {
  services: [
    { ...createServiceEntry('a', 'Carte résident', at), lifeEvents: ['Je déménage'], level: 3 },
    createServiceEntry('b', 'Cantine', at),
  ],
  scoring: defaultScoringSettings,
  lifeEvents: { events: [{ name: 'Je déménage', serviceOrder: ['a'] }] },
  systems: [
    {
      id: 'fc',
      name: 'FranceConnect',
      blocks: ['identity'],
      version: '2',
      owner: 'DSI',
      inProduction: true,
    },
  ],
  workflows: [
    {
      id: 'w',
      name: 'Autorisation avec avis technique',
      description: '',
      bpmnXml: '<bpmn:definitions/>',
      roles: ['Instructeur'],
      prototypeIds: ['p1', 'p2'],
      createdAt: '2026-12-01T10:00:00.000Z',
    },
  ],
  targets: { ...defaultIndicatorTargets, satisfaction: 7 },
};

const written = () => writeCatalogueFile(content, { now: at, appVersion: '0.1.0' });

describe('the catalogue file', () => {
  it('says what it is, and reads back as it was written, whatever the key order', async () => {
    const file = await written();
    expect(file).toMatchObject({
      format: 'fabrik/service-catalogue',
      formatVersion: 2,
      exportedAt: '2026-12-01T10:00:00.000Z',
      integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785' },
    });
    expect(file.integrity.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const { integrity, catalogue, ...envelope } = file;
    const reordered = {
      integrity,
      catalogue: {
        systems: catalogue.systems,
        lifeEvents: catalogue.lifeEvents,
        services: catalogue.services,
        scoring: catalogue.scoring,
        workflows: catalogue.workflows,
        targets: catalogue.targets,
      },
      ...envelope,
    };
    const read = await readCatalogueFile(JSON.stringify(reordered));
    expect(read).toEqual({ ok: true, catalogue: content, setAside: 0 });
  });

  it('gives the same hash to the same content', async () => {
    const again = await writeCatalogueFile(
      {
        systems: content.systems,
        lifeEvents: content.lifeEvents,
        scoring: content.scoring,
        services: content.services,
        workflows: content.workflows,
        targets: content.targets,
      },
      { now: new Date(), appVersion: '9.9.9' },
    );
    expect(again.integrity.contentHash).toBe((await written()).integrity.contentHash);
  });

  it('reads a file written before generic workflows and targets: none, and the default targets', async () => {
    const { workflows: _none, targets: _default, ...earlier } = content;
    const file = await writeCatalogueFile(earlier as CatalogueContent, {
      now: at,
      appVersion: '0.1.0',
    });
    const read = await readCatalogueFile(JSON.stringify(file));
    expect(read).toEqual({
      ok: true,
      catalogue: { ...content, workflows: [], targets: defaultIndicatorTargets },
      setAside: 0,
    });
  });

  it('refuses a file changed after it was written', async () => {
    const file = await written();
    file.catalogue.services[0]!.name = 'Autre';
    expect(await readCatalogueFile(JSON.stringify(file))).toEqual({
      ok: false,
      error: { kind: 'hashMismatch' },
    });
  });

  it('names each other refusal', async () => {
    const file = await written();
    expect(await readCatalogueFile('{ nope')).toEqual({ ok: false, error: { kind: 'notJson' } });
    expect(await readCatalogueFile(JSON.stringify({ format: 'fabrik/prototype-bundle' }))).toEqual({
      ok: false,
      error: { kind: 'notCatalogue' },
    });
    expect(await readCatalogueFile(JSON.stringify({ ...file, formatVersion: 3 }))).toEqual({
      ok: false,
      error: { kind: 'newerVersion', version: 3 },
    });
    expect(await readCatalogueFile('x'.repeat(100 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      error: { kind: 'tooLarge' },
    });
  });

  it('sets aside rows that are no service and a service whose id comes twice', async () => {
    const file = await writeCatalogueFile(
      {
        ...content,
        services: [...content.services, { name: 'sans id' }, content.services[0]!] as never,
      },
      { now: at, appVersion: '0.1.0' },
    );
    const read = await readCatalogueFile(JSON.stringify(file));
    expect(read.ok && read.setAside).toBe(2);
    expect(read.ok && read.catalogue.services.map((service) => service.id)).toEqual(['a', 'b']);
  });

  it('migrates a version 1 file: the blocks ticked as available become a system in production', async () => {
    const catalogue = {
      ...content,
      // Identity is provided by FranceConnect in production; payment only was ticked.
      scoring: { ...defaultScoringSettings, availableBlocks: ['identity', 'payment'] },
    };
    const file = {
      ...(await writeCatalogueFile(content, { now: at, appVersion: '0.1.0' })),
      formatVersion: 1,
      catalogue,
      integrity: {
        algorithm: 'SHA-256',
        canonicalization: 'RFC 8785',
        contentHash: await sha256Hex(canonicalJson(catalogue)),
      },
    };
    const read = await readCatalogueFile(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error.kind);
    expect(read.catalogue.scoring).toEqual(defaultScoringSettings);
    expect(read.catalogue.systems).toEqual([
      ...content.systems,
      {
        id: 'declared-blocks',
        name: 'Briques déclarées disponibles (systèmes à préciser)',
        blocks: ['payment'],
        version: '',
        owner: '',
        inProduction: true,
      },
    ]);
  });

  it('has migrations that go up by one', () => {
    expect(() => checkMigrationSequence(catalogueMigrations)).not.toThrow();
  });
});
