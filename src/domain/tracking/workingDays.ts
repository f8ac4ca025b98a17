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
 * Calendar days that `days` working days take at least: five working days make a week
 * (public holidays only add to it).
 */
export function workingToCalendarDays(days: number): number {
  const weeks = Math.floor(days / 5);
  return weeks * 7 + (days - weeks * 5);
}
