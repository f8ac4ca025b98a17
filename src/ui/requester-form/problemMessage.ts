import { useCallback } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { AnswerProblem } from '../../domain/form/problems';
import './i18n';

/** A day "YYYY-MM-DD" as the interface's language writes it. */
export function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** Turns a problem into the sentence the requester reads (the designer's own message first). */
export function useProblemMessage(): (problem: AnswerProblem) => string {
  const { t, i18n } = useTranslation('requesterForm');
  return useCallback(
    (problem: AnswerProblem) => {
      if (problem.message) return problem.message;
      const params = { ...problem.params };
      if (typeof params.date === 'string') params.date = formatDay(params.date, i18n.language);
      // A group without a name for its blocks calls them as its add button does.
      if (problem.code === 'itemsRequired' && params.label === undefined)
        params.label = t('defaultItem');
      return t(`errors.${problem.code}`, params);
    },
    [t, i18n.language],
  );
}
