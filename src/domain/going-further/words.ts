/**
 * The words a document of « Pour aller plus loin » is written with, in the interface's
 * language: `t` reads the part's strings (its i18n file's keys), `date` writes a
 * `YYYY-MM-DD` day.
 */
export interface DocumentWords {
  t: (key: string, params?: Record<string, string | number>) => string;
  date: (day: string) => string;
}
