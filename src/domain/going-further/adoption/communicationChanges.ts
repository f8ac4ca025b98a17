import type { Adoption, Audience, Communication } from './schema';
import { AUDIENCES_MAX } from './vocabulary';

function withCommunication(
  adoption: Adoption,
  change: (communication: Communication) => Communication,
): Adoption {
  const current = adoption.communication ?? { audiences: [] };
  const next = change(current);
  return next === current ? adoption : { ...adoption, communication: next };
}

/** Adds audiences at the end, as many as the plan still has room for. */
export function addAudiences(adoption: Adoption, { audiences }: { audiences: Audience[] }) {
  return withCommunication(adoption, (communication) => {
    const room = AUDIENCES_MAX - communication.audiences.length;
    const added = audiences.slice(0, Math.max(0, room));
    return added.length === 0
      ? communication
      : { audiences: [...communication.audiences, ...added] };
  });
}

export function updateAudience(
  adoption: Adoption,
  { id, changes }: { id: string; changes: Partial<Omit<Audience, 'id'>> },
): Adoption {
  return withCommunication(adoption, (communication) => {
    const index = communication.audiences.findIndex((audience) => audience.id === id);
    const current = communication.audiences[index];
    if (!current) return communication;
    const entries = Object.entries(changes) as [keyof Audience, unknown][];
    if (entries.every(([key, value]) => current[key] === value)) return communication;
    return { audiences: communication.audiences.with(index, { ...current, ...changes }) };
  });
}

export function removeAudience(adoption: Adoption, { id }: { id: string }): Adoption {
  return withCommunication(adoption, (communication) =>
    communication.audiences.some((audience) => audience.id === id)
      ? { audiences: communication.audiences.filter((audience) => audience.id !== id) }
      : communication,
  );
}
