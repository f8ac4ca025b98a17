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
   * Time left for the point in progress: its planned minutes counted from when it started;
   * negative once it runs over (see `itemStartedAt`).
   */
  itemRemainingMs?: number;
}

const MINUTE = 60_000;

/**
 * When the point at `index` started: when the last point was closed with « Point suivant »
 * (the latest `doneAt` of the points done), or when the workshop started if none was closed
 * since. Points closed in a prototype saved before `doneAt` was recorded carry no time: for
 * them the point is taken to have started on the agenda's schedule (the workshop's start plus
 * the earlier points' planned minutes), as Fabrik counted it before.
 */
function itemStartedAt(workshop: Workshop, index: number, startedAt: number): number {
  const closed = workshop.agenda
    .filter((item) => item.done && item.doneAt)
    .map((item) => Date.parse(item.doneAt as string))
    .filter((at) => !Number.isNaN(at));
  if (closed.length > 0) return Math.max(startedAt, ...closed);
  const earlierUndated = workshop.agenda.slice(0, index).some((item) => item.done);
  if (!earlierUndated) return startedAt;
  return workshop.agenda
    .slice(0, index)
    .reduce((total, item) => total + item.minutes * MINUTE, startedAt);
}

/** Where a started workshop stands at `now`: what the timer and the agenda show. */
export function workshopTiming(workshop: Workshop, now: number): WorkshopTiming {
  const startedAt = workshop.startedAt ? Date.parse(workshop.startedAt) : now;
  const end = workshop.endedAt ? Date.parse(workshop.endedAt) : now;
  const elapsedMs = Math.max(0, end - startedAt);
  const currentIndex = workshop.agenda.findIndex((item) => !item.done);
  const currentItem = currentIndex >= 0 ? workshop.agenda[currentIndex] : undefined;
  // The point in progress has its own planned minutes, counted from when it started: the
  // earlier points' time is not its own. The workshop's time left is `remainingMs`.
  const itemRemainingMs = currentItem
    ? itemStartedAt(workshop, currentIndex, startedAt) + currentItem.minutes * MINUTE - end
    : undefined;
  return {
    elapsedMs,
    remainingMs: workshop.durationMinutes * MINUTE - elapsedMs,
    currentItem,
    currentIndex,
    itemRemainingMs,
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
