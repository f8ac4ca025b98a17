import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { partsOf } from '../../domain/form/answers';
import { allFields } from '../../domain/form/fields';
import type { Field, Form } from '../../domain/form/schema';
import { isFilled } from '../../domain/form/values';
import type { RenderValues } from '../../domain/tracking/render';
import { requesterNameFrom } from '../../domain/tracking/requesterName';
import { addWorkingDays } from '../../domain/tracking/workingDays';
import type { TryoutRow } from '../../storage/db';
import { answerText } from '../../ui/requester-form/answerText';

/** An answer as a message quotes it: a person by their name, not with their birth date. */
function messageAnswer(field: Field, value: unknown, t: TFunction, language: string) {
  if (field.type !== 'identity') return answerText(field, value, t, language);
  const parts = partsOf(value);
  const civility = parts.civility ? t(`requesterForm:civility.${parts.civility}`) : '';
  return [civility, parts.firstNames, parts.lastName].filter(Boolean).join(' ');
}

export interface RunValues {
  values: RenderValues;
  submissionDate: Date;
  formatDate: (date: Date) => string;
}

/**
 * What the try-out's messages are filled with: the requester's own answers, the code they
 * received, the day they sent the request, and the date the response time gives.
 */
export function useRunValues(form: Form, row: TryoutRow, promisedDays: number | null): RunValues {
  const { t, i18n } = useTranslation('tryOut');
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    const formatDate = (date: Date) => format.format(date);
    const submissionDate = new Date(row.submittedAt);
    const fields = allFields(form).map(({ field }) => field);
    const answers: Record<string, string | undefined> = {};
    for (const field of fields) {
      const value = row.answers[field.id];
      if (isFilled(value)) answers[field.id] = messageAnswer(field, value, t, language);
    }
    const placeholderFields = fields.map(({ id, key, label, type }) => ({ id, key, label, type }));
    const values: RenderValues = {
      fields: placeholderFields,
      answers,
      builtins: {
        trackingCode: row.code,
        requesterName:
          requesterNameFrom(placeholderFields, answers) ?? t('requesterSide.unknownName'),
        submissionDate: formatDate(submissionDate),
        expectedDate:
          promisedDays === null
            ? t('requesterSide.undecidedDate')
            : formatDate(addWorkingDays(submissionDate, promisedDays)),
        reason: '',
      },
    };
    return { values, submissionDate, formatDate };
  }, [form, row.answers, row.code, row.submittedAt, promisedDays, t, language]);
}
