import { useCallback } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Divergence } from '../../domain/scenarios/replay';
import { useProblemMessage } from '../requester-form/problemMessage';
import './i18n';

/** Why a scenario no longer goes as played, in plain words; `where` says at which point. */
export function useDivergenceText() {
  const { t } = useTranslation('scenarioResults');
  const problemText = useProblemMessage();
  const reason = useCallback(
    (divergence: Divergence): string => {
      if (divergence.kind === 'answer-invalid') {
        return t('reason.answer-invalid', {
          label: divergence.label,
          problem: problemText(divergence.problem),
        });
      }
      if (divergence.kind === 'status-different') {
        const { expected, actual } = divergence;
        if (expected !== undefined && actual !== undefined)
          return t('reason.statusInstead', { expected, actual });
        return expected !== undefined
          ? t('reason.statusMissing', { expected })
          : t('reason.statusExtra', { actual });
      }
      return t(`reason.${divergence.kind}`, { ...divergence });
    },
    [t, problemText],
  );
  const where = useCallback(
    ({ actionIndex }: Divergence): string => {
      if (actionIndex === undefined) return t('atForm');
      return actionIndex === 0 ? t('atStart') : t('atAction', { count: actionIndex });
    },
    [t],
  );
  /** Where, then why: the whole sentence. */
  const full = useCallback(
    (divergence: Divergence) => `${where(divergence)}${reason(divergence)}`,
    [where, reason],
  );
  return { reason, where, full };
}
