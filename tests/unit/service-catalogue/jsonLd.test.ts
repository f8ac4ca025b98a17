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
  },
  {
    ...createServiceEntry('school', '"}, {"@id": "evil"} <b>École</b>', at),
    lifeEvents: ['Je déménage', 'Naissance d’un enfant'],
  },
];
const map = { events: [{ name: 'Je déménage', serviceOrder: ['school', 'vote'] }] };

const types = (node: Record<string, unknown>) => node['@type'] as string[];
const values = (node: Record<string, unknown>, property: string) =>
  ((node[property] ?? []) as { '@value'?: unknown; '@id'?: string }[]).map(
    (value) => value['@value'] ?? value['@id'],
  );

describe('catalogueJsonLd', () => {
  it('expands into CPSV-AP public services, channels and life events', async () => {
    const expanded = await jsonld.expand(catalogueJsonLd(entries, map, 'fr'));
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
    const document = catalogueJsonLd(entries, map, 'fr');
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(document)) as object);
    expect(expanded.some((node) => node['@id'] === 'evil')).toBe(false);
    const school = expanded.find((node) => node['@id'] === 'urn:fabrik:service:school')!;
    expect(values(school, `${DCT}title`)).toEqual(['"}, {"@id": "evil"} <b>École</b>']);
  });

  it('is valid JSON-LD whose quads carry typed literals', async () => {
    const quads = await jsonld.toRDF(catalogueJsonLd(entries, map, 'fr'), {
      format: 'application/n-quads',
    });
    expect(quads).toContain(
      '<urn:fabrik:service:vote> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://purl.org/vocab/cpsv#PublicService>',
    );
    expect(quads).toContain('"P15D"^^<http://www.w3.org/2001/XMLSchema#duration>');
    expect(quads).toContain('"Inscription électorale"@fr');
  });

  it('leaves out what is not known rather than writing it empty', () => {
    const bare = catalogueJsonLd([createServiceEntry('x', 'Nu', at)], { events: [] }, 'fr') as {
      '@graph': Record<string, unknown>[];
    };
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
  });
});
