import { isFrenchPublicHoliday } from './publicHolidays';

/** Monday to Friday, public holidays aside: the days a French service counts its time limits in. */
export function isWorkingDay(date: Date): boolean {
  const weekday = date.getDay();
  return weekday !== 0 && weekday !== 6 && !isFrenchPublicHoliday(date);
}

/** The date `days` working days after `from`. */
export function addWorkingDays(from: Date, days: number): Date {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  let left = Math.ceil(days);
  while (left > 0) {
    date.setDate(date.getDate() + 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/**
 * The date so many working days after `from`, for many counts: each day is walked once,
 * however many dates are asked (a timeline of 300 statuses asks 300).
 */
export function workingDaysFrom(from: Date): (days: number) => Date {
  const dates = [new Date(from.getFullYear(), from.getMonth(), from.getDate())];
  return (days) => {
    const wanted = Math.max(0, Math.ceil(days));
    while (dates.length <= wanted) dates.push(addWorkingDays(dates.at(-1)!, 1));
    return new Date(dates[wanted]!);
  };
}

/**
 * The most calendar days `days` working days can take for a request sent within a year
 * from `from`: weekends and public holidays (a span across Christmas, or 1 and 8 May with
 * Ascension) only ever add to five working days a week.
 */
export function longestCalendarSpan(days: number, from: Date): number {
  const needed = Math.ceil(days);
  if (needed <= 0) return 0;
  // One pass over the days with two ends: the window (start, end] holds `needed` working days.
  const working: boolean[] = [];
  const isWorking = (offset: number) =>
    (working[offset] ??= isWorkingDay(
      new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset),
    ));
  let longest = 0;
  let end = 0;
  let count = 0;
  for (let start = 0; start < 366; start++) {
    while (count < needed) {
      end += 1;
      if (isWorking(end)) count += 1;
    }
    longest = Math.max(longest, end - start);
    if (isWorking(start + 1)) count -= 1;
  }
  return longest;
}
