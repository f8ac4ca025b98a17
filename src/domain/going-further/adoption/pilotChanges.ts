import type { Adoption, Pilot, PilotFeedback, PilotParticipant, PilotProfile } from './schema';
import { PARTICIPANTS_MAX } from './vocabulary';

/** A pilot with nobody in it yet: what the first edit starts from. */
export function emptyPilot(): Pilot {
  return { profiles: [], participants: [], support: '', channels: '', feedback: [] };
}

function withPilot(adoption: Adoption, change: (pilot: Pilot) => Pilot): Adoption {
  const current = adoption.pilot ?? emptyPilot();
  const next = change(current);
  return next === current ? adoption : { ...adoption, pilot: next };
}

/** `items` with the one of that id changed, or `items` itself when nothing differs. */
function updateById<T extends { id: string }>(
  items: T[],
  id: string,
  changes: Partial<Omit<T, 'id'>>,
): T[] {
  const index = items.findIndex((item) => item.id === id);
  const current = items[index];
  if (!current) return items;
  const entries = Object.entries(changes) as [keyof T, T[keyof T] | undefined][];
  if (entries.every(([key, value]) => current[key] === value)) return items;
  const next = { ...current };
  for (const [key, value] of entries) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return items.with(index, next);
}

export function setPilotText(
  adoption: Adoption,
  { part, text }: { part: 'support' | 'channels'; text: string },
): Adoption {
  return withPilot(adoption, (pilot) =>
    pilot[part] === text ? pilot : { ...pilot, [part]: text },
  );
}

export function addPilotProfile(adoption: Adoption, { profile }: { profile: PilotProfile }) {
  return withPilot(adoption, (pilot) => ({ ...pilot, profiles: [...pilot.profiles, profile] }));
}

export function renamePilotProfile(adoption: Adoption, { id, name }: { id: string; name: string }) {
  return withPilot(adoption, (pilot) => {
    const profiles = updateById(pilot.profiles, id, { name });
    return profiles === pilot.profiles ? pilot : { ...pilot, profiles };
  });
}

/** Says whether a profile will try one way of the service (a path or a condition's way). */
export function setProfileCovers(
  adoption: Adoption,
  { id, way, covered }: { id: string; way: string; covered: boolean },
): Adoption {
  return withPilot(adoption, (pilot) => {
    const profile = pilot.profiles.find((candidate) => candidate.id === id);
    if (!profile || profile.covers.includes(way) === covered) return pilot;
    const covers = covered ? [...profile.covers, way] : profile.covers.filter((w) => w !== way);
    return { ...pilot, profiles: updateById(pilot.profiles, id, { covers }) };
  });
}

/** Removes a profile; its participants stay, with no profile, so nobody is lost. */
export function removePilotProfile(adoption: Adoption, { id }: { id: string }): Adoption {
  return withPilot(adoption, (pilot) => {
    if (!pilot.profiles.some((profile) => profile.id === id)) return pilot;
    return {
      ...pilot,
      profiles: pilot.profiles.filter((profile) => profile.id !== id),
      participants: pilot.participants.map((participant) => {
        if (participant.profileId !== id) return participant;
        const { profileId: _removed, ...rest } = participant;
        return rest;
      }),
    };
  });
}

/** How many more participants a pilot can take. */
export function participantRoom(pilot: Pilot | undefined): number {
  return PARTICIPANTS_MAX - (pilot?.participants.length ?? 0);
}

/**
 * Adds participants at the end; those beyond the pilot's room are not added (the caller
 * checks `participantRoom` first and tells the person).
 */
export function addPilotParticipants(
  adoption: Adoption,
  { participants }: { participants: PilotParticipant[] },
): Adoption {
  const room = participantRoom(adoption.pilot);
  const added = participants.slice(0, Math.max(0, room));
  if (added.length === 0) return adoption;
  return withPilot(adoption, (pilot) => ({
    ...pilot,
    participants: [...pilot.participants, ...added],
  }));
}

export function updatePilotParticipant(
  adoption: Adoption,
  { id, changes }: { id: string; changes: Partial<Omit<PilotParticipant, 'id'>> },
): Adoption {
  return withPilot(adoption, (pilot) => {
    const participants = updateById(pilot.participants, id, changes);
    return participants === pilot.participants ? pilot : { ...pilot, participants };
  });
}

export function removePilotParticipant(adoption: Adoption, { id }: { id: string }): Adoption {
  return withPilot(adoption, (pilot) =>
    pilot.participants.some((participant) => participant.id === id)
      ? { ...pilot, participants: pilot.participants.filter((p) => p.id !== id) }
      : pilot,
  );
}

export function addPilotFeedback(adoption: Adoption, { feedback }: { feedback: PilotFeedback }) {
  return withPilot(adoption, (pilot) => ({ ...pilot, feedback: [...pilot.feedback, feedback] }));
}

export function updatePilotFeedback(
  adoption: Adoption,
  { id, changes }: { id: string; changes: Partial<Omit<PilotFeedback, 'id' | 'createdAt'>> },
): Adoption {
  return withPilot(adoption, (pilot) => {
    const feedback = updateById(pilot.feedback, id, changes);
    return feedback === pilot.feedback ? pilot : { ...pilot, feedback };
  });
}

/** Marks feedback answered by a new version as done; the others stay as they are. */
export function markFeedbackAnswered(adoption: Adoption, { ids }: { ids: string[] }): Adoption {
  const answered = new Set(ids);
  return withPilot(adoption, (pilot) => {
    if (!pilot.feedback.some((item) => answered.has(item.id) && item.status !== 'done'))
      return pilot;
    return {
      ...pilot,
      feedback: pilot.feedback.map((item) =>
        answered.has(item.id) ? { ...item, status: 'done' as const } : item,
      ),
    };
  });
}

export function removePilotFeedback(adoption: Adoption, { id }: { id: string }): Adoption {
  return withPilot(adoption, (pilot) =>
    pilot.feedback.some((item) => item.id === id)
      ? { ...pilot, feedback: pilot.feedback.filter((item) => item.id !== id) }
      : pilot,
  );
}
