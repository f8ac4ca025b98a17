/** The date `days` working days (Monday to Friday; public holidays ignored) after `from`. */
export function addWorkingDays(from: Date, days: number): Date {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  let left = Math.ceil(days);
  while (left > 0) {
    date.setDate(date.getDate() + 1);
    const weekday = date.getDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}

/** Calendar days that `days` working days take at least: five working days make a week. */
export function workingToCalendarDays(days: number): number {
  const weeks = Math.floor(days / 5);
  return weeks * 7 + (days - weeks * 5);
}
