import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allFields } from '../../domain/form/fields';
import { analyseCommitment } from '../../domain/tracking/commitments';
import type { RenderValues } from '../../domain/tracking/render';
import { addWorkingDays } from '../../domain/tracking/workingDays';
import { useEditorStore } from '../../state/editorStore';
import { usePreviewAnswers } from '../../state/previewAnswers';
import { formatAnswer, requesterNameFrom, sampleAnswer } from './samples';
import { useReadProcess } from './useReadProcess';
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
  const tracking = useEditorStore((state) => state.prototype?.tracking);
  const typedAnswers = usePreviewAnswers((state) => state.answers);
  const { shown: graph } = useReadProcess();
  const [submissionDate] = useState(() => new Date());
  const code = useExampleCode(tracking?.code ?? { length: 8, alphabet: 'X' });

  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    return (date: Date) => format.format(date);
  }, [language]);

  const longestDays = useMemo(
    () =>
      graph && tracking
        ? analyseCommitment(graph, tracking.statuses, tracking.commitment).longestDays
        : null,
    [graph, tracking],
  );
  const expectedDays = tracking?.commitment.days ?? longestDays ?? 0;

  const values = useMemo<RenderValues>(() => {
    const located = form ? allFields(form).map(({ field }) => field) : [];
    const fields = located.map(({ id, key, label, type }) => ({ id, key, label, type }));
    const today = formatDate(submissionDate);
    const answers: Record<string, string | undefined> = {};
    for (const field of fields) {
      answers[field.id] =
        formatAnswer(typedAnswers[field.id], t, language) ?? sampleAnswer(field, t, today);
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
  }, [form, typedAnswers, t, language, code, formatDate, submissionDate, expectedDays]);

  return { values, submissionDate, formatDate };
}
