import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { DocumentWords } from '../../domain/going-further/words';

/** The words of a part's documents: its strings, and days written in the interface's language. */
export function useDocumentWords(namespace: string): DocumentWords {
  const { t, i18n } = useTranslation(namespace);
  const language = i18n.language;
  return useMemo(() => {
    // A day is not an instant: read and written in UTC so that no time zone shifts it.
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    return {
      t: (key, params) => t(key, params ?? {}),
      date: (iso) => day.format(new Date(`${iso}T00:00:00Z`)),
    };
  }, [t, language]);
}
