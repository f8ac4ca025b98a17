import type { ServiceEntry } from './schema';
import { SERVICE_NAME_MAX_LENGTH } from './limits';

/**
 * The order of the life-event map, which the organisation edits. Which services belong to
 * an event is said by each entry (`lifeEvents`, also filled by the CSV import); the map keeps
 * the order of the events and, in each, the order in which a person meets its services.
 */
export interface LifeEventMap {
  events: LifeEventOrder[];
}

export interface LifeEventOrder {
  /** The event's name, as the entries name it. */
  name: string;
  /** Ids of its services in the order a person meets them; others follow, by name. */
  serviceOrder: string[];
}

/** One event of the map with its services in order. */
export interface Journey {
  name: string;
  services: ServiceEntry[];
}

export const emptyLifeEventMap = (): LifeEventMap => ({ events: [] });

/** Names are compared as a person reads them: spaces and case aside. */
export const sameEventName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('fr') === b.trim().toLocaleLowerCase('fr');

const inEvent = (entry: ServiceEntry, name: string) =>
  entry.lifeEvents.some((event) => sameEventName(event, name));

const byName = (a: ServiceEntry, b: ServiceEntry) => a.name.localeCompare(b.name, 'fr');

/**
 * Every event with its services: first the events of the map in its order, then those the
 * entries name that the map does not know yet (by name); in each, the services in the map's
 * order, then the others by name. A service no longer in an event leaves its order.
 */
export function journeys(map: LifeEventMap, entries: readonly ServiceEntry[]): Journey[] {
  const names: string[] = [];
  const known = (name: string) => names.some((other) => sameEventName(other, name));
  for (const event of map.events) if (!known(event.name)) names.push(event.name.trim());
  // Events the map does not know, spelled as most entries spell them.
  const spellings = new Map<string, number>();
  for (const entry of entries)
    for (const name of entry.lifeEvents.map((event) => event.trim()).filter(Boolean))
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
  const others = [...spellings.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'fr'))
    .map(([name]) => name)
    .filter((name, index, all) => all.findIndex((other) => sameEventName(other, name)) === index)
    .sort((a, b) => a.localeCompare(b, 'fr'));
  for (const name of others) if (!known(name)) names.push(name);
  return names.map((name) => {
    const order = map.events.find((event) => sameEventName(event.name, name))?.serviceOrder ?? [];
    const members = entries.filter((entry) => inEvent(entry, name));
    const ordered = order.flatMap((id) => members.filter((entry) => entry.id === id));
    const rest = members.filter((entry) => !order.includes(entry.id)).sort(byName);
    return { name, services: [...ordered, ...rest] };
  });
}

/** The map that keeps the journeys exactly as shown: every event and service in place. */
function mapOf(shown: readonly Journey[]): LifeEventMap {
  return {
    events: shown.map((journey) => ({
      name: journey.name,
      serviceOrder: journey.services.map((entry) => entry.id),
    })),
  };
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Moves an event one place up (-1) or down (+1) in the map. */
export function moveEvent(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
  by: -1 | 1,
): LifeEventMap {
  const shown = journeys(map, entries);
  const from = shown.findIndex((journey) => sameEventName(journey.name, name));
  return mapOf(moved(shown, from, from + by));
}

/** Moves a service one place earlier (-1) or later (+1) in an event's journey. */
export function moveService(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
  serviceId: string,
  by: -1 | 1,
): LifeEventMap {
  const shown = journeys(map, entries).map((journey) => {
    if (!sameEventName(journey.name, name)) return journey;
    const from = journey.services.findIndex((entry) => entry.id === serviceId);
    return { ...journey, services: moved(journey.services, from, from + by) };
  });
  return mapOf(shown);
}

export type EventNameProblem = 'nameRequired' | 'nameTooLong' | 'eventExists';

/** Why a name cannot be given to an event (`current`: the event being renamed), or nothing. */
export function eventNameProblem(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
  current?: string,
): EventNameProblem | undefined {
  if (name.trim() === '') return 'nameRequired';
  if (name.trim().length > SERVICE_NAME_MAX_LENGTH) return 'nameTooLong';
  const taken = journeys(map, entries).some(
    (journey) =>
      sameEventName(journey.name, name) &&
      (current === undefined || !sameEventName(current, journey.name)),
  );
  return taken ? 'eventExists' : undefined;
}

/** A new event, last of the map, with no service yet. */
export function addEvent(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
): LifeEventMap {
  const shown = journeys(map, entries);
  return mapOf([...shown, { name: name.trim(), services: [] }]);
}

/** What a change of the map changes: the map, and the entries to store again. */
export interface MapChange {
  map: LifeEventMap;
  entries: ServiceEntry[];
}

/** Renames an event in the map and in every entry that names it. */
export function renameEvent(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
  newName: string,
): MapChange {
  const shown = journeys(map, entries).map((journey) =>
    sameEventName(journey.name, name) ? { ...journey, name: newName.trim() } : journey,
  );
  return {
    map: mapOf(shown),
    entries: entries
      .filter((entry) => inEvent(entry, name))
      .map((entry) => ({
        ...entry,
        lifeEvents: entry.lifeEvents.map((event) =>
          sameEventName(event, name) ? newName.trim() : event,
        ),
      })),
  };
}

/** Removes an event from the map and from every entry that names it. */
export function removeEvent(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
): MapChange {
  return {
    map: mapOf(journeys(map, entries).filter((journey) => !sameEventName(journey.name, name))),
    entries: entries
      .filter((entry) => inEvent(entry, name))
      .map((entry) => ({
        ...entry,
        lifeEvents: entry.lifeEvents.filter((event) => !sameEventName(event, name)),
      })),
  };
}

/** Puts a service in an event, last of its journey. */
export function addServiceToEvent(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
  entry: ServiceEntry,
): MapChange {
  if (inEvent(entry, name)) return { map, entries: [] };
  const shown = journeys(map, entries).map((journey) =>
    sameEventName(journey.name, name)
      ? { ...journey, services: [...journey.services, entry] }
      : journey,
  );
  return { map: mapOf(shown), entries: [{ ...entry, lifeEvents: [...entry.lifeEvents, name] }] };
}

/** Takes a service out of an event. */
export function removeServiceFromEvent(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
  name: string,
  entry: ServiceEntry,
): MapChange {
  const shown = journeys(map, entries).map((journey) =>
    sameEventName(journey.name, name)
      ? { ...journey, services: journey.services.filter((other) => other.id !== entry.id) }
      : journey,
  );
  return {
    map: mapOf(shown),
    entries: [
      { ...entry, lifeEvents: entry.lifeEvents.filter((event) => !sameEventName(event, name)) },
    ],
  };
}

/** A stored map, with anything of the wrong kind dropped. */
export function readLifeEventMap(value: unknown): LifeEventMap {
  const events = (value as { events?: unknown } | undefined)?.events;
  if (!Array.isArray(events)) return emptyLifeEventMap();
  return {
    events: events.flatMap((event: unknown) => {
      const { name, serviceOrder } = (event ?? {}) as Record<string, unknown>;
      if (typeof name !== 'string' || name.trim() === '') return [];
      const order = Array.isArray(serviceOrder)
        ? serviceOrder.filter((id): id is string => typeof id === 'string')
        : [];
      return [{ name, serviceOrder: order }];
    }),
  };
}
