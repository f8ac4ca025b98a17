import type { PrototypeContent } from './schema';

/** A reference to a participant or a workshop that is not in the prototype, now cleared. */
export type ClearedReference =
  | {
      kind: 'exception-participant';
      /** The exception that held it, by its title (what people recognise). */
      holder: string;
      /** The unknown participant id. */
      id: string;
    }
  | { kind: 'exception-workshop'; holder: string; id: string }
  | {
      kind: 'workshop-attendee';
      /** The workshop that listed it, by its title. */
      holder: string;
      id: string;
    };

type References = Pick<PrototypeContent, 'team' | 'workshops' | 'exceptions'>;

/**
 * Clears what points at someone no longer in the team or at a workshop that no longer
 * exists: who raised or follows an exception, the workshop it was raised in, a workshop's
 * attendees. Restoring an old version (its exceptions beside today's team and workshops)
 * or importing a hand-edited file can leave such references; commands then could not tell
 * the exception from a broken one. Returns the same object when nothing dangles.
 */
export function clearDanglingReferences<T extends References>(
  content: T,
): { content: T; cleared: ClearedReference[] } {
  const team = new Set(content.team.map((participant) => participant.id));
  const workshopIds = new Set(content.workshops.map((workshop) => workshop.id));
  const cleared: ClearedReference[] = [];

  const workshops = content.workshops.map((workshop) => {
    const unknown = workshop.attendeeIds.filter((id) => !team.has(id));
    if (unknown.length === 0) return workshop;
    for (const id of unknown)
      cleared.push({ kind: 'workshop-attendee', holder: workshop.title, id });
    return { ...workshop, attendeeIds: workshop.attendeeIds.filter((id) => team.has(id)) };
  });

  const exceptions = content.exceptions.map((exception) => {
    const next = { ...exception };
    for (const key of ['raisedById', 'ownerId'] as const) {
      const id = next[key];
      if (id === undefined || team.has(id)) continue;
      // Raised and followed by the same unknown person: said once.
      if (key === 'raisedById' || exception.raisedById !== id) {
        cleared.push({ kind: 'exception-participant', holder: exception.title, id });
      }
      delete next[key];
    }
    if (next.workshopId !== undefined && !workshopIds.has(next.workshopId)) {
      cleared.push({ kind: 'exception-workshop', holder: exception.title, id: next.workshopId });
      delete next.workshopId;
    }
    return Object.keys(next).length === Object.keys(exception).length ? exception : next;
  });

  if (cleared.length === 0) return { content, cleared };
  return { content: { ...content, workshops, exceptions }, cleared };
}
