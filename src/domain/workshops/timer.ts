import type { AgendaItem, Workshop } from './schema';

export interface WorkshopTiming {
  /** Time since the workshop started, in milliseconds. */
  elapsedMs: number;
  /** Time left before the planned end; negative once it runs over. */
  remainingMs: number;
  /** The agenda point in progress: the first one not done. */
  currentItem?: AgendaItem;
  currentIndex: number;
  /**
   * Time left for the point in progress if the agenda's timings were kept from the start;
   * negative when the workshop is behind its agenda.
   */
  itemRemainingMs?: number;
}

const MINUTE = 60_000;

/** Where a started workshop stands at `now`: what the timer and the agenda show. */
export function workshopTiming(workshop: Workshop, now: number): WorkshopTiming {
  const startedAt = workshop.startedAt ? Date.parse(workshop.startedAt) : now;
  const end = workshop.endedAt ? Date.parse(workshop.endedAt) : now;
  const elapsedMs = Math.max(0, end - startedAt);
  const currentIndex = workshop.agenda.findIndex((item) => !item.done);
  const currentItem = currentIndex >= 0 ? workshop.agenda[currentIndex] : undefined;
  const plannedEndOfItem = workshop.agenda
    .slice(0, currentIndex + 1)
    .reduce((total, item) => total + item.minutes * MINUTE, 0);
  return {
    elapsedMs,
    remainingMs: workshop.durationMinutes * MINUTE - elapsedMs,
    currentItem,
    currentIndex,
    itemRemainingMs: currentItem ? plannedEndOfItem - elapsedMs : undefined,
  };
}

/** "1:05:09", "-0:03:00": hours, minutes and seconds of a duration, rounded towards zero. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${sign}${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
