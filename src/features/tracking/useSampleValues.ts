import { useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { allFields } from '../../domain/form/fields';
import type { RenderValues } from '../../domain/tracking/render';
import { addWorkingDays } from '../../domain/tracking/workingDays';
import { useEditorStore } from '../../state/editorStore';
import { usePreviewAnswers } from '../../state/previewAnswers';
import { requesterNameFrom } from '../../domain/tracking/requesterName';
import { formatAnswer, sampleAnswer } from './samples';
import { useCommitmentAnalysis } from './useCommitmentAnalysis';
import { useExampleCode } from './viewStore';

export interface SampleValues {
  /** Everything but the reason, which depends on the message. */
  values: RenderValues;
  submissionDate: Date;
  formatDate: (date: Date) => string;
}

/**
 * Sample values for previews: the answers typed in the form's preview, invented ones
 * where there are none, an example code, today as the submission date, and the date the
 * response time gives.
 */
export function useSampleValues(): SampleValues {
  const { t, i18n } = useTranslation('tracking');
  const language = i18n.language;
  const form = useEditorStore((state) => state.prototype?.form);
  const codeFormat = useEditorStore((state) => state.prototype?.tracking.code);
  const promisedDays = useEditorStore((state) => state.prototype?.tracking.commitment.days);
  const typedAnswers = usePreviewAnswers((state) => state.answers);
  const longestDays = useCommitmentAnalysis()?.longestDays ?? null;
  const [submissionDate] = useState(() => new Date());
  const code = useExampleCode(codeFormat ?? { length: 8, alphabet: 'BCDFGHJKLMNPQRSTVWXZ' });

  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    return (date: Date) => format.format(date);
  }, [language]);

  const expectedDays = promisedDays ?? longestDays ?? 0;

  const values = useMemo<RenderValues>(() => {
    const located = form ? allFields(form).map(({ field }) => field) : [];
    const fields = located.map(({ id, key, label, type, options }) => ({
      id,
      key,
      label,
      type,
      options,
    }));
    const today = formatDate(submissionDate);
    const answers: Record<string, string | undefined> = {};
    for (const field of located) {
      answers[field.id] =
        formatAnswer(typedAnswers[field.id], field.type, t, formatDate, field.options) ??
        sampleAnswer(field, t, formatDate, submissionDate);
    }
    return {
      fields,
      answers,
      builtins: {
        trackingCode: code,
        requesterName: requesterNameFrom(fields, answers) ?? t('samples.requesterName'),
        submissionDate: today,
        expectedDate: formatDate(addWorkingDays(submissionDate, expectedDays)),
        reason: '',
      },
    };
  }, [form, typedAnswers, t, code, formatDate, submissionDate, expectedDays]);

  return { values, submissionDate, formatDate };
}
