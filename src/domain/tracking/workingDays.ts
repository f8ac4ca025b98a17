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

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The most calendar days `days` working days can take for a request sent within a year
 * from `from`: weekends and public holidays (a span across Christmas, or 1 and 8 May with
 * Ascension) only ever add to five working days a week.
 */
export function longestCalendarSpan(days: number, from: Date): number {
  let longest = 0;
  for (let offset = 0; offset < 366; offset++) {
    const start = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset);
    const end = addWorkingDays(start, days);
    longest = Math.max(longest, Math.round((end.getTime() - start.getTime()) / DAY_MS));
  }
  return longest;
}
