import { describe, expect, it } from 'vitest';
import {
  addEvent,
  addServiceToEvent,
  emptyLifeEventMap,
  eventNameProblem,
  journeys,
  moveEvent,
  moveService,
  readLifeEventMap,
  removeEvent,
  removeServiceFromEvent,
  renameEvent,
} from '../../../src/domain/service-catalogue/lifeEvents';
import {
  createServiceEntry,
  type ServiceEntry,
} from '../../../src/domain/service-catalogue/schema';

const at = new Date('2026-12-01T10:00:00Z');
const service = (id: string, name: string, lifeEvents: string[]): ServiceEntry => ({
  ...createServiceEntry(id, name, at),
  lifeEvents,
});

const entries = [
  service('vote', 'Inscription électorale', ['Je déménage']),
  service('school', 'Inscription scolaire', ['Je déménage', 'Naissance d’un enfant']),
  service('address', 'Changement d’adresse', [' je déménage ']),
  service('birth', 'Déclaration de naissance', ['Naissance d’un enfant']),
  service('kbis', 'Immatriculation', []),
];

const names = (map = emptyLifeEventMap(), list = entries) =>
  journeys(map, list).map((journey) => [journey.name, journey.services.map((entry) => entry.id)]);

describe('journeys', () => {
  it('lists the events the entries name, each with its services by name, until ordered', () => {
    expect(names()).toEqual([
      ['Je déménage', ['address', 'vote', 'school']],
      ['Naissance d’un enfant', ['birth', 'school']],
    ]);
  });

  it('follows the map’s order of events and of services, the others after them', () => {
    const map = {
      events: [
        { name: 'Naissance d’un enfant', serviceOrder: ['school'] },
        { name: 'Je crée mon entreprise', serviceOrder: ['gone'] },
        { name: 'Je déménage', serviceOrder: ['school', 'vote'] },
      ],
    };
    expect(names(map)).toEqual([
      ['Naissance d’un enfant', ['school', 'birth']],
      ['Je crée mon entreprise', []],
      ['Je déménage', ['school', 'vote', 'address']],
    ]);
  });
});

describe('editing the map', () => {
  it('moves a service later and earlier in its journey, and not past either end', () => {
    let map = moveService(emptyLifeEventMap(), entries, 'Je déménage', 'address', 1);
    expect(names(map)[0]).toEqual(['Je déménage', ['vote', 'address', 'school']]);
    map = moveService(map, entries, 'Je déménage', 'school', -1);
    expect(names(map)[0]).toEqual(['Je déménage', ['vote', 'school', 'address']]);
    expect(moveService(map, entries, 'Je déménage', 'address', 1)).toEqual(map);
  });

  it('moves an event', () => {
    const map = moveEvent(emptyLifeEventMap(), entries, 'Naissance d’un enfant', -1);
    expect(names(map).map(([name]) => name)).toEqual(['Naissance d’un enfant', 'Je déménage']);
  });

  it('adds an event, refusing an empty name or one already there', () => {
    expect(eventNameProblem(emptyLifeEventMap(), entries, '  ')).toBe('nameRequired');
    expect(eventNameProblem(emptyLifeEventMap(), entries, 'je DÉMÉNAGE')).toBe('eventExists');
    expect(eventNameProblem(emptyLifeEventMap(), entries, 'x'.repeat(201))).toBe('nameTooLong');
    const map = addEvent(emptyLifeEventMap(), entries, ' Je crée mon entreprise ');
    expect(names(map).at(-1)).toEqual(['Je crée mon entreprise', []]);
  });

  it('puts a service in an event, last, and takes it out', () => {
    const added = addServiceToEvent(emptyLifeEventMap(), entries, 'Je déménage', entries[3]!);
    expect(added.entries).toEqual([
      { ...entries[3], lifeEvents: ['Naissance d’un enfant', 'Je déménage'] },
    ]);
    const withBirth = entries.map(
      (entry) => added.entries.find((changed) => changed.id === entry.id) ?? entry,
    );
    expect(names(added.map, withBirth)[0]).toEqual([
      'Je déménage',
      ['address', 'vote', 'school', 'birth'],
    ]);
    const removed = removeServiceFromEvent(added.map, withBirth, 'Je déménage', withBirth[3]!);
    expect(removed.entries[0]!.lifeEvents).toEqual(['Naissance d’un enfant']);
  });

  it('renames an event in the map and in every entry that names it, keeping its order', () => {
    const ordered = moveService(emptyLifeEventMap(), entries, 'Je déménage', 'school', -1);
    const { map, entries: changed } = renameEvent(ordered, entries, 'Je déménage', 'Déménager');
    expect(changed.map((entry) => [entry.id, entry.lifeEvents])).toEqual([
      ['vote', ['Déménager']],
      ['school', ['Déménager', 'Naissance d’un enfant']],
      ['address', ['Déménager']],
    ]);
    const after = entries.map((entry) => changed.find((other) => other.id === entry.id) ?? entry);
    expect(names(map, after)[0]).toEqual(['Déménager', ['address', 'school', 'vote']]);
  });

  it('removes an event from the map and from the entries', () => {
    const { map, entries: changed } = removeEvent(emptyLifeEventMap(), entries, 'Je déménage');
    expect(changed.map((entry) => entry.lifeEvents)).toEqual([[], ['Naissance d’un enfant'], []]);
    const after = entries.map((entry) => changed.find((other) => other.id === entry.id) ?? entry);
    expect(names(map, after)).toEqual([['Naissance d’un enfant', ['birth', 'school']]]);
  });
});

describe('a stored map', () => {
  it('is read back with what is of the wrong kind dropped', () => {
    expect(
      readLifeEventMap({
        events: [
          { name: 'Je déménage', serviceOrder: ['a', 3] },
          { name: '' },
          'nonsense',
          { name: 'Naissance' },
        ],
      }),
    ).toEqual({
      events: [
        { name: 'Je déménage', serviceOrder: ['a'] },
        { name: 'Naissance', serviceOrder: [] },
      ],
    });
    expect(readLifeEventMap(undefined)).toEqual({ events: [] });
  });
});
