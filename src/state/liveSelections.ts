import { useShallow } from 'zustand/react/shallow';
import type { StepId } from '../domain/steps';
import { useLiveSession, type Presence } from './liveSession';

// Apart from liveSession, which the first page loads: only the form and process screens need it.

/**
 * The other participants who have `kind` `id` selected on `step`, for their colour and
 * name on it. An empty result stays equal, so a row nobody selected is not re-rendered.
 */
export function useSelectedByOthers(step: StepId, kind: string, id?: string): Presence[] {
  return useLiveSession(
    useShallow((state) =>
      state.participants.filter(
        (presence) =>
          !presence.self &&
          presence.step === step &&
          presence.selected?.kind === kind &&
          (id === undefined || presence.selected.id === id),
      ),
    ),
  );
}
