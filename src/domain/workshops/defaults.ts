import { DEFAULT_WORKSHOP_MINUTES } from './rules';
import type { Workshop } from './schema';

/** A planned workshop of two hours, with nothing on its agenda yet. */
export function newWorkshop(id: string, title: string): Workshop {
  return {
    id,
    title,
    date: '',
    durationMinutes: DEFAULT_WORKSHOP_MINUTES,
    agenda: [],
    attendeeIds: [],
    notes: '',
    decisions: [],
  };
}
