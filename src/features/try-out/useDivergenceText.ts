import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Divergence } from '../../domain/scenarios/replay';
import { useProblemMessage } from '../../ui/requester-form/problemMessage';

/** Why a scenario no longer goes as played, in plain words; `where` says at which point. */
export function useDivergenceText() {
  const { t } = useTranslation('tryOut');
  const problemText = useProblemMessage();
  const reason = useCallback(
    (divergence: Divergence): string => {
      if (divergence.kind === 'answer-invalid') {
        return t('scenarios.reason.answer-invalid', {
          label: divergence.label,
          problem: problemText(divergence.problem),
        });
      }
      if (divergence.kind === 'status-different') {
        const { expected, actual } = divergence;
        if (expected !== undefined && actual !== undefined)
          return t('scenarios.reason.statusInstead', { expected, actual });
        return expected !== undefined
          ? t('scenarios.reason.statusMissing', { expected })
          : t('scenarios.reason.statusExtra', { actual });
      }
      return t(`scenarios.reason.${divergence.kind}`, { ...divergence });
    },
    [t, problemText],
  );
  const where = useCallback(
    ({ actionIndex }: Divergence): string => {
      if (actionIndex === undefined) return t('scenarios.atForm');
      return actionIndex === 0
        ? t('scenarios.atStart')
        : t('scenarios.atAction', { count: actionIndex });
    },
    [t],
  );
  return { reason, where };
}
