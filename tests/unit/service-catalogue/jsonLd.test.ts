import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  catalogueJsonLd,
  FABRIK_CATALOGUE_NAMESPACE,
} from '../../../src/domain/service-catalogue/jsonLd';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';
import { createSystem, type SystemEntry } from '../../../src/domain/service-catalogue/systems';
import type { GenericWorkflow } from '../../../src/domain/service-catalogue/workflows';

const CPSV = 'http://purl.org/vocab/cpsv#';
const CV = 'http://data.europa.eu/m8g/';
const DCT = 'http://purl.org/dc/terms/';

const at = new Date('2026-12-01T10:00:00Z');
const entries: ServiceEntry[] = [
  {
    ...createServiceEntry('vote', 'Inscription électorale', at),
    owner: 'Élections',
    description: 'S’inscrire sur les listes.',
    lifeEvents: ['Je déménage'],
    channelShares: { counter: 60, web: 40 },
    yearlyVolume: 1200,
    level: 3,
    design: { responseDays: 15 },
    systemIds: ['e-forms'],
    prototypeIds: ['proto-vote'],
  },
  {
    ...createServiceEntry('school', '"}, {"@id": "evil"} <b>École</b>', at),
    lifeEvents: ['Je déménage', 'Naissance d’un enfant'],
  },
];
const map = { events: [{ name: 'Je déménage', serviceOrder: ['school', 'vote'] }] };
const systems: SystemEntry[] = [
  {
    ...createSystem('e-forms', 'Guichet en ligne'),
    blocks: ['identity', 'payment'],
    version: '4.2',
    owner: 'DSI',
    inProduction: true,
  },
  createSystem('tricky', '"}, {"@id": "evil-system"} Système'),
];
const workflows: GenericWorkflow[] = [
  {
    id: 'permit',
    name: 'Autorisation avec avis technique',
    description: 'Une demande instruite puis soumise à un avis.',
    bpmnXml: '<definitions id="secret-diagram"/>',
    roles: ['Instructeur', 'Expert technique'],
    prototypeIds: ['proto-vote'],
    createdAt: '2026-11-30T09:00:00Z',
  },
];
const content = { services: entries, lifeEvents: map, systems, workflows };
const FABRIK = FABRIK_CATALOGUE_NAMESPACE;

const types = (node: Record<string, unknown>) => node['@type'] as string[];
const values = (node: Record<string, unknown>, property: string) =>
  ((node[property] ?? []) as { '@value'?: unknown; '@id'?: string }[]).map(
    (value) => value['@value'] ?? value['@id'],
  );

describe('catalogueJsonLd', () => {
  it('expands into CPSV-AP public services, channels and life events', async () => {
    const expanded = await jsonld.expand(catalogueJsonLd(content, 'fr'));
    const services = expanded.filter((node) => types(node).includes(`${CPSV}PublicService`));
    expect(services).toHaveLength(2);
    const vote = services.find((node) => values(node, `${DCT}identifier`)[0] === 'vote')!;
    expect(values(vote, `${DCT}title`)).toEqual(['Inscription électorale']);
    expect(values(vote, `${CV}processingTime`)).toEqual(['P15D']);
    expect(values(vote, `${FABRIK_CATALOGUE_NAMESPACE}digitisationLevel`)).toEqual([3]);
    expect(values(vote, `${FABRIK_CATALOGUE_NAMESPACE}yearlyVolume`)).toEqual([1200]);
    const channels = vote[`${CV}hasChannel`] as Record<string, unknown>[];
    expect(channels.every((channel) => types(channel).includes(`${CV}Channel`))).toBe(true);
    expect(
      channels.map((channel) => values(channel, `${FABRIK_CATALOGUE_NAMESPACE}share`)[0]),
    ).toEqual([60, 40]);
    const authority = (vote[`${CV}hasCompetentAuthority`] as Record<string, unknown>[])[0]!;
    expect(types(authority)).toEqual([`${CV}PublicOrganisation`]);

    const events = expanded.filter((node) => types(node).includes(`${CV}LifeEvent`));
    expect(events.map((node) => values(node, `${DCT}title`)[0])).toEqual([
      'Je déménage',
      'Naissance d’un enfant',
    ]);
    // A service points at its events, and an event lists its services in order.
    const moving = events[0]!;
    expect(values(vote, `${CV}isGroupedBy`)).toEqual([moving['@id']]);
    const order = (
      moving[`${FABRIK_CATALOGUE_NAMESPACE}servicesInOrder`] as {
        '@list': { '@id': string }[];
      }[]
    )[0]!['@list'].map((item) => item['@id']);
    expect(order).toEqual(['urn:fabrik:service:school', 'urn:fabrik:service:vote']);
  });

  it('keeps typed text as a value: a name cannot add a node or change the graph', async () => {
    const document = catalogueJsonLd(content, 'fr');
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(document)) as object);
    expect(expanded.some((node) => node['@id'] === 'evil')).toBe(false);
    const school = expanded.find((node) => node['@id'] === 'urn:fabrik:service:school')!;
    expect(values(school, `${DCT}title`)).toEqual(['"}, {"@id": "evil"} <b>École</b>']);
  });

  it('is valid JSON-LD whose quads carry typed literals', async () => {
    const quads = await jsonld.toRDF(catalogueJsonLd(content, 'fr'), {
      format: 'application/n-quads',
    });
    expect(quads).toContain(
      '<urn:fabrik:service:vote> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/vocab/cpsv#PublicService>',
    );
    expect(quads).toContain('"P15D"^^<http://www.w3.org/2001/XMLSchema#duration>');
    expect(quads).toContain('"Inscription électorale"@fr');
  });

  it('leaves out what is not known rather than writing it empty', () => {
    const bare = catalogueJsonLd(
      {
        services: [createServiceEntry('x', 'Nu', at)],
        lifeEvents: { events: [] },
        systems: [createSystem('s', 'Seul')],
        workflows: [],
      },
      'fr',
    ) as { '@graph': Record<string, unknown>[] };
    expect(Object.keys(bare['@graph'][0]!).sort()).toEqual(
      [
        '@id',
        '@type',
        'dct:identifier',
        'dct:title',
        'fabrik:digitisationLevel',
        'fabrik:legalChangeNeeded',
      ].sort(),
    );
    // A system not in production says so: `false` is known, not left out.
    expect(bare['@graph'][1]).toEqual({
      '@id': 'urn:fabrik:system:s',
      '@type': 'fabrik:System',
      'dct:title': { '@value': 'Seul', '@language': 'fr' },
      'fabrik:inProduction': false,
    });
  });

  it('holds a node for each system the services point at', async () => {
    const expanded = await jsonld.expand(catalogueJsonLd(content, 'fr'));
    const nodes = expanded.filter((node) => types(node).includes(`${FABRIK}System`));
    expect(nodes.map((node) => node['@id'])).toEqual([
      'urn:fabrik:system:e-forms',
      'urn:fabrik:system:tricky',
    ]);
    const forms = nodes[0]!;
    expect(values(forms, `${DCT}title`)).toEqual(['Guichet en ligne']);
    expect(values(forms, `${FABRIK}version`)).toEqual(['4.2']);
    expect(values(forms, `${FABRIK}owner`)).toEqual(['DSI']);
    expect(values(forms, `${FABRIK}inProduction`)).toEqual([true]);
    expect(values(forms, `${FABRIK}providesBuildingBlock`)).toEqual([
      `${FABRIK}block-identity`,
      `${FABRIK}block-payment`,
    ]);
    expect(values(nodes[1]!, `${FABRIK}inProduction`)).toEqual([false]);
    const vote = expanded.find((node) => node['@id'] === 'urn:fabrik:service:vote')!;
    expect(values(vote, `${FABRIK}usesSystem`)).toEqual([forms['@id']]);
  });

  it('holds each generic workflow, linked to the prototypes that use it, without its diagram', async () => {
    const document = catalogueJsonLd(content, 'fr');
    expect(JSON.stringify(document)).not.toContain('secret-diagram');
    const expanded = await jsonld.expand(document);
    const nodes = expanded.filter((node) => types(node).includes(`${FABRIK}GenericWorkflow`));
    expect(nodes.map((node) => node['@id'])).toEqual(['urn:fabrik:workflow:permit']);
    const permit = nodes[0]!;
    expect(values(permit, `${DCT}title`)).toEqual(['Autorisation avec avis technique']);
    expect(values(permit, `${DCT}description`)).toEqual([
      'Une demande instruite puis soumise à un avis.',
    ]);
    expect(values(permit, `${FABRIK}role`)).toEqual(['Instructeur', 'Expert technique']);
    // The same prototype IRI as the service designed with it: the workflow reaches the service.
    const vote = expanded.find((node) => node['@id'] === 'urn:fabrik:service:vote')!;
    expect(values(permit, `${FABRIK}usedByPrototype`)).toEqual(
      values(vote, `${FABRIK}designedByPrototype`),
    );
  });

  it('keeps a system name as a literal, even one that looks like JSON-LD', async () => {
    const quads = await jsonld.toRDF(
      JSON.parse(JSON.stringify(catalogueJsonLd(content, 'fr'))) as object,
      { format: 'application/n-quads' },
    );
    expect(quads).toContain(
      `<urn:fabrik:system:tricky> <${DCT}title> "\\"}, {\\"@id\\": \\"evil-system\\"} Système"@fr`,
    );
    expect(quads).not.toMatch(/evil-system>/);
    expect(quads).toContain(
      `<urn:fabrik:system:e-forms> <${FABRIK}inProduction> "true"^^<http://www.w3.org/2001/XMLSchema#boolean>`,
    );
  });
});
