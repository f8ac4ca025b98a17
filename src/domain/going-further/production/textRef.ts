/** A sentence to say in the person's language: an i18n key of `production` and its values. */
export interface TextRef {
  key: string;
  values?: Record<string, string | number>;
}
