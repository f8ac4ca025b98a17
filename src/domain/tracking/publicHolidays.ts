/**
 * France's public holidays (jours fériés, Code du travail art. L3133-1), which are not
 * working days. Alsace-Moselle's two extra days (Good Friday, 26 December) and overseas
 * days (abolition of slavery) are local and not counted here.
 */

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

const byYear = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (days) return days;
  const easter = easterSunday(year);
  const afterEaster = (offset: number) =>
    new Date(easter.getFullYear(), easter.getMonth(), easter.getDate() + offset);
  const fixed = [
    [0, 1], // Jour de l'an
    [4, 1], // Fête du travail
    [4, 8], // Victoire 1945
    [6, 14], // Fête nationale
    [7, 15], // Assomption
    [10, 1], // Toussaint
    [10, 11], // Armistice 1918
    [11, 25], // Noël
  ].map(([month, day]) => new Date(year, month as number, day));
  // Easter Monday, Ascension Thursday, Whit Monday.
  const movable = [1, 39, 50].map(afterEaster);
  days = new Set([...fixed, ...movable].map(dayKey));
  byYear.set(year, days);
  return days;
}

export function isFrenchPublicHoliday(date: Date): boolean {
  return holidaysOf(date.getFullYear()).has(dayKey(date));
}
