import { addWorkingDays, isWorkingDay, workingDaysFrom } from '../../tracking/workingDays';

/** A `YYYY-MM-DD` day as a local date. */
export function parseDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/** A local date as `YYYY-MM-DD`. */
export function formatDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The days of a deployment counted in working days (weekends and the French public holidays
 * the tracking step knows aside): offset 0 is its first working day, on or after `start`.
 */
export function workingDayCounter(start: string): (offset: number) => string {
  const from = parseDay(start);
  const first = isWorkingDay(from) ? from : addWorkingDays(from, 1);
  const nth = workingDaysFrom(first);
  return (offset) => formatDay(nth(offset));
}
