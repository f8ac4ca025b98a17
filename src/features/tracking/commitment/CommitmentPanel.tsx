import { useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { updateCommitment } from '../../../domain/tracking/commands/settings';
import {
  commitmentKinds,
  documentsRequestEffects,
  silenceRules,
  type Commitment,
} from '../../../domain/tracking/schema';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { DaysField } from '../DaysField';
import { RadioGroup } from '../RadioGroup';
import { useCommitmentAnalysis } from '../useCommitmentAnalysis';
import { PathsTable } from './PathsTable';

/** The response time told to requesters, checked against every path of the process. */
export function CommitmentPanel() {
  const { t } = useTranslation('tracking');
  const headingId = useId();
  const commitment = useEditorStore((state) => state.prototype?.tracking.commitment);
  const analysis = useCommitmentAnalysis();
  if (!commitment) return null;
  const change = (patch: Partial<Commitment>) => execute(updateCommitment({ patch }));
  const longest = analysis?.longestDays ?? null;
  // A response time some path cannot keep is said at the box where it is typed, with the fix.
  const breaking = analysis?.breaking.length ?? 0;
  const announce = longest !== null &&
    Number.isInteger(longest) &&
    longest >= 1 &&
    longest !== commitment.days && (
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => change({ days: longest })}
      >
        {t('commitment.useComputed', { days: longest })}
      </button>
    );
  return (
    <div className="commitment">
      <h2>{t('commitment.heading')}</h2>
      <p className="field__help">{t('commitment.help')}</p>
      <RadioGroup
        legend={t('commitment.kind')}
        options={commitmentKinds}
        value={commitment.kind}
        labelOf={(kind) => t(`commitment.kinds.${kind}`)}
        onChange={(kind) => change({ kind })}
      />
      <DaysField
        label={t('commitment.days')}
        help={t('commitment.daysHelp')}
        value={commitment.days}
        onChange={(days) => change({ days })}
        problem={
          breaking > 0 && (
            <>
              {t(
                commitment.kind === 'commitment'
                  ? 'commitment.breaking'
                  : 'commitment.breakingIndication',
                { count: breaking, days: commitment.days },
              )}{' '}
              {announce}
            </>
          )
        }
      />
      {analysis && (
        <section className="commitment__computed" aria-labelledby={headingId}>
          <h3 id={headingId}>{t('commitment.computedHeading')}</h3>
          {longest === null ? (
            <p className="banner banner--warning">{t('commitment.noPath')}</p>
          ) : (
            <p>
              {t('commitment.computed', { days: longest })} {breaking === 0 && announce}
            </p>
          )}
          {analysis.truncated && (
            <p className="banner banner--warning">
              {t('commitment.truncated', { count: analysis.paths.length })}
            </p>
          )}
          <PathsTable analysis={analysis} promised={commitment.days} />
        </section>
      )}
      <RadioGroup
        legend={t('commitment.documents')}
        options={documentsRequestEffects}
        value={commitment.documentsRequest}
        labelOf={(effect) => t(`commitment.documentsOptions.${effect}`)}
        onChange={(documentsRequest) => change({ documentsRequest })}
      />
      <RadioGroup
        legend={t('commitment.silence')}
        options={silenceRules}
        value={commitment.silence}
        labelOf={(rule) => t(`commitment.silenceOptions.${rule}`)}
        onChange={(silence) => change({ silence })}
      />
      {commitment.silence !== 'none' && (
        <DaysField
          label={t('commitment.silenceAfter')}
          help={t('commitment.silenceAfterHelp')}
          value={commitment.silenceAfterDays}
          onChange={(silenceAfterDays) => change({ silenceAfterDays })}
        />
      )}
      {analysis?.outlastsSilence && longest !== null && (
        <p className="banner banner--warning">
          {t('commitment.outlastsSilence', {
            days: longest,
            calendar: analysis.longestCalendarDays,
            after: commitment.silenceAfterDays,
          })}
        </p>
      )}
    </div>
  );
}
