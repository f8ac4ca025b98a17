import { describe, expect, it } from 'vitest';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';
import {
  emptyServiceFilter,
  filterChoices,
  filterServices,
  isFiltering,
} from '../../../src/domain/service-catalogue/filter';

const now = new Date('2026-12-01T10:00:00Z');
const entry = (id: string, change: Partial<ServiceEntry>): ServiceEntry => ({
  ...createServiceEntry(id, id, now),
  ...change,
});

const moving = entry('moving', {
  name: 'Changement d’adresse',
  description: 'Signaler un déménagement à la mairie',
  owner: 'Population',
  users: ['individuals'],
  lifeEvents: ['Je déménage'],
  level: 2,
});
const permit = entry('permit', {
  name: 'Permis de construire',
  description: 'Autorisation avec avis technique',
  owner: 'Urbanisme',
  users: ['individuals', 'businesses'],
  lifeEvents: [],
  level: 3,
});
const company = entry('company', {
  name: 'Terrasse de café',
  description: '',
  owner: ' Urbanisme ',
  users: ['businesses'],
  lifeEvents: ['Je crée mon entreprise', 'Je déménage'],
  level: 1,
});
const all = [moving, permit, company];
const ids = (entries: ServiceEntry[]) => entries.map((one) => one.id);

describe('filterServices', () => {
  it('keeps every service, in order, when nothing is asked', () => {
    expect(ids(filterServices(all, emptyServiceFilter))).toEqual(['moving', 'permit', 'company']);
    expect(isFiltering(emptyServiceFilter)).toBe(false);
  });

  it('finds words in the name, description or owner, ignoring case and accents', () => {
    expect(ids(filterServices(all, { text: 'DEMENAGEMENT' }))).toEqual(['moving']);
    expect(ids(filterServices(all, { text: 'urbanisme' }))).toEqual(['permit', 'company']);
    expect(ids(filterServices(all, { text: 'avis permis' }))).toEqual(['permit']);
    expect(ids(filterServices(all, { text: 'permis mairie' }))).toEqual([]);
    expect(ids(filterServices(all, { text: '   ' }))).toHaveLength(3);
  });

  it('filters by level, life event, owner and users, all criteria together', () => {
    expect(ids(filterServices(all, { text: '', level: 3 }))).toEqual(['permit']);
    expect(ids(filterServices(all, { text: '', lifeEvent: 'Je déménage' }))).toEqual([
      'moving',
      'company',
    ]);
    expect(ids(filterServices(all, { text: '', owner: 'Urbanisme' }))).toEqual([
      'permit',
      'company',
    ]);
    expect(ids(filterServices(all, { text: '', user: 'businesses' }))).toEqual([
      'permit',
      'company',
    ]);
    expect(
      ids(filterServices(all, { text: 'café', owner: 'Urbanisme', user: 'businesses', level: 1 })),
    ).toEqual(['company']);
    expect(ids(filterServices(all, { text: '', owner: 'Urbanisme', level: 2 }))).toEqual([]);
    expect(isFiltering({ text: '', level: 1 })).toBe(true);
  });

  it('offers each owner and life event once, trimmed and sorted', () => {
    expect(filterChoices(all, 'fr')).toEqual({
      owners: ['Population', 'Urbanisme'],
      lifeEvents: ['Je crée mon entreprise', 'Je déménage'],
    });
  });
});
