import type { Adoption, TrainingSession } from './schema';
import { SESSIONS_MAX } from './vocabulary';

type Training = NonNullable<Adoption['training']>;

function withTraining(adoption: Adoption, change: (training: Training) => Training): Adoption {
  const current = adoption.training ?? { sessions: [] };
  const next = change(current);
  return next === current ? adoption : { ...adoption, training: next };
}

/** Adds a session at the end, while the plan has room for one. */
export function addSession(adoption: Adoption, { session }: { session: TrainingSession }) {
  return withTraining(adoption, (training) =>
    training.sessions.length >= SESSIONS_MAX
      ? training
      : { sessions: [...training.sessions, session] },
  );
}

export function updateSession(
  adoption: Adoption,
  { id, changes }: { id: string; changes: Partial<Omit<TrainingSession, 'id'>> },
): Adoption {
  return withTraining(adoption, (training) => {
    const index = training.sessions.findIndex((session) => session.id === id);
    const current = training.sessions[index];
    if (!current) return training;
    const entries = Object.entries(changes) as [keyof TrainingSession, unknown][];
    if (entries.every(([key, value]) => current[key] === value)) return training;
    return { sessions: training.sessions.with(index, { ...current, ...changes }) };
  });
}

export function removeSession(adoption: Adoption, { id }: { id: string }): Adoption {
  return withTraining(adoption, (training) =>
    training.sessions.some((session) => session.id === id)
      ? { sessions: training.sessions.filter((session) => session.id !== id) }
      : training,
  );
}
