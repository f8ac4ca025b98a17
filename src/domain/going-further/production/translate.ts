/**
 * The interface's words, handed to the generators by the screen (i18next's `t` of the
 * `production` namespace): the documents are drafted in the person's language, while the
 * domain stays free of i18n.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
