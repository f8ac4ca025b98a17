import type { CatalogueContent } from './catalogueFile';
import { journeys } from './lifeEvents';
import type { BuildingBlock, ServiceEntry } from './schema';
import type { SystemEntry } from './systems';
import type { GenericWorkflow } from './workflows';

/** Fabrik's own terms, for what CPSV-AP has no property for. */
export const FABRIK_CATALOGUE_NAMESPACE = 'urn:fabrik:service-catalogue:1.0#';

/**
 * The vocabularies: CPSV-AP's public services (`cpsv:`) and its core vocabularies (`cv:`,
 * channels, life events, organisations), Dublin Core for titles and descriptions, SKOS for
 * labels, ELI for legal texts; each Fabrik term typed, so that numbers stay numbers.
 */
export const catalogueContext = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  eli: 'http://data.europa.eu/eli/ontology#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  fabrik: FABRIK_CATALOGUE_NAMESPACE,
  'cv:processingTime': { '@type': 'xsd:duration' },
  'cv:hasChannel': { '@type': '@id' },
  'cv:isGroupedBy': { '@type': '@id' },
  'fabrik:digitisationLevel': { '@type': 'xsd:integer' },
  'fabrik:yearlyVolume': { '@type': 'xsd:integer' },
  'fabrik:interactions': { '@type': 'xsd:integer' },
  'fabrik:visits': { '@type': 'xsd:integer' },
  'fabrik:plannedYear': { '@type': 'xsd:gYear' },
  'fabrik:share': { '@type': 'xsd:decimal' },
  'fabrik:servicesInOrder': { '@container': '@list', '@type': '@id' },
  'fabrik:legalChangeNeeded': { '@type': 'xsd:boolean' },
  'fabrik:inProduction': { '@type': 'xsd:boolean' },
} as const;

const serviceId = (entry: ServiceEntry) => `urn:fabrik:service:${encodeURIComponent(entry.id)}`;
const systemId = (id: string) => `urn:fabrik:system:${encodeURIComponent(id)}`;
const prototypeId = (id: string) => `urn:fabrik:prototype:${encodeURIComponent(id)}`;
const workflowId = (id: string) => `urn:fabrik:workflow:${encodeURIComponent(id)}`;
/** A building block's IRI: the same for the services needing it and the systems providing it. */
const blockLink = (block: BuildingBlock) => ({ '@id': `fabrik:block-${block}` });
const eventId = (name: string) =>
  `urn:fabrik:life-event:${encodeURIComponent(name.trim().toLocaleLowerCase('fr'))}`;

type Node = Record<string, unknown>;

/** A text in the catalogue's language, or nothing (left out by `withKnown`) when blank. */
const text = (value: string, language: string) =>
  value.trim() ? { '@value': value, '@language': language } : '';

/** Only what is known goes in: an empty text or list is left out rather than written empty. */
function withKnown(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) =>
        value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

function serviceNode(entry: ServiceEntry, language: string): Node {
  const channels = Object.entries(entry.channelShares).map(([channel, share]) => ({
    '@id': `${serviceId(entry)}/channel/${channel}`,
    '@type': 'cv:Channel',
    'dct:type': { '@id': `fabrik:channel-${channel}` },
    'fabrik:share': share,
  }));
  const days = entry.design?.responseDays;
  return withKnown({
    '@id': serviceId(entry),
    '@type': 'cpsv:PublicService',
    'dct:identifier': entry.id,
    'dct:title': text(entry.name, language),
    'dct:description': text(entry.description, language),
    'cv:hasCompetentAuthority': entry.owner.trim()
      ? { '@type': 'cv:PublicOrganisation', 'skos:prefLabel': text(entry.owner, language) }
      : undefined,
    'cv:hasLegalResource': entry.legalBasis.trim()
      ? { '@type': 'eli:LegalResource', 'dct:description': text(entry.legalBasis, language) }
      : undefined,
    'cv:processingTime': days === undefined ? undefined : `P${days}D`,
    'cv:hasChannel': channels,
    'cv:isGroupedBy': [...new Set(entry.lifeEvents.filter((name) => name.trim()).map(eventId))],
    'fabrik:digitisationLevel': entry.level,
    'fabrik:yearlyVolume': entry.yearlyVolume,
    'fabrik:interactions': entry.interactions,
    'fabrik:visits': entry.visits,
    'fabrik:plannedYear': entry.plannedYear === undefined ? undefined : String(entry.plannedYear),
    'fabrik:usedBy': entry.users.map((kind) => ({ '@id': `fabrik:users-${kind}` })),
    'fabrik:needsBuildingBlock': entry.buildingBlocks.map(blockLink),
    'fabrik:legalChangeNeeded': entry.legalChangeNeeded,
    'fabrik:usesSystem': (entry.systemIds ?? []).map((id) => ({ '@id': systemId(id) })),
    'fabrik:designedByPrototype': entry.prototypeIds.map((id) => ({ '@id': prototypeId(id) })),
  });
}

/** A system, under the IRI its services' `fabrik:usesSystem` points at. */
function systemNode(system: SystemEntry, language: string): Node {
  return withKnown({
    '@id': systemId(system.id),
    '@type': 'fabrik:System',
    'dct:title': text(system.name, language),
    'fabrik:version': system.version.trim(),
    'fabrik:owner': text(system.owner, language),
    'fabrik:inProduction': system.inProduction,
    'fabrik:providesBuildingBlock': system.blocks.map(blockLink),
  });
}

/**
 * A generic workflow, without its diagram: the BPMN is the team's working material and would
 * make the export as large as every diagram together. Its prototypes share the IRIs services'
 * `fabrik:designedByPrototype` use, which links the services built on it.
 */
function workflowNode(workflow: GenericWorkflow, language: string): Node {
  return withKnown({
    '@id': workflowId(workflow.id),
    '@type': 'fabrik:GenericWorkflow',
    'dct:title': text(workflow.name, language),
    'dct:description': text(workflow.description, language),
    'fabrik:role': workflow.roles.map((role) => text(role, language)).filter(Boolean),
    'fabrik:usedByPrototype': workflow.prototypeIds.map((id) => ({ '@id': prototypeId(id) })),
  });
}

/**
 * The catalogue as JSON-LD following the Core Public Service Vocabulary Application Profile:
 * each service a `cpsv:PublicService` with its channels (`cv:Channel`) and the life events
 * that group it (`cv:LifeEvent`, with its services in the order a person meets them); the
 * systems services are built on (`fabrik:System`) and the generic workflows
 * (`fabrik:GenericWorkflow`); Fabrik's own fields in its own namespace. Everything typed is
 * a JSON string value, never a key or an IRI of its own, so no text can change the graph's
 * shape.
 */
export function catalogueJsonLd(
  content: Pick<CatalogueContent, 'services' | 'lifeEvents' | 'systems' | 'workflows'>,
  language: string,
): object {
  const { services, lifeEvents, systems, workflows } = content;
  const events = journeys(lifeEvents, services).map((journey) => ({
    '@id': eventId(journey.name),
    '@type': 'cv:LifeEvent',
    'dct:title': { '@value': journey.name, '@language': language },
    'fabrik:servicesInOrder': journey.services.map(serviceId),
  }));
  return {
    '@context': catalogueContext,
    '@graph': [
      ...services.map((entry) => serviceNode(entry, language)),
      ...events,
      ...systems.map((system) => systemNode(system, language)),
      ...workflows.map((workflow) => workflowNode(workflow, language)),
    ],
  };
}
