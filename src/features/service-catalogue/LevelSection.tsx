import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { combinedProposal, type LevelProposal } from '../../domain/service-catalogue/levelProposal';
import { digitisationLevels, type DigitisationLevel } from '../../domain/service-catalogue/schema';
import { watchCatalogue, type PrototypeSummary } from '../../storage/prototypeRepository';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { CheckboxGroup } from './CheckboxGroup';
import type { SectionProps } from './EntryFields';
import { proposalSentence } from './levelText';
import type { PrototypeProposal } from './useLevelProposals';

function usePrototypeSummaries(): PrototypeSummary[] {
  const [summaries, setSummaries] = useState<PrototypeSummary[]>([]);
  useEffect(
    () =>
      watchCatalogue(
        (catalogue) => setSummaries(catalogue.items),
        () => setSummaries([]),
      ),
    [],
  );
  return summaries;
}

function ProposalItem({ item }: { item: PrototypeProposal }) {
  const { t } = useTranslation('serviceCatalogue');
  if (item.kind === 'loading') return <li>{t('entry.proposalLoading')}</li>;
  if (item.kind === 'missing') return <li>{t('entry.proposalMissing')}</li>;
  return (
    <li>
      <strong>{t('entry.proposalFor', { name: item.name, level: item.proposal.level })}</strong>
      <br />
      {proposalSentence(t, item.proposal)}
    </li>
  );
}

export function LevelSection({
  entry,
  change,
  errors,
  proposals,
}: SectionProps & { proposals: PrototypeProposal[] }) {
  const { t } = useTranslation('serviceCatalogue');
  const summaries = usePrototypeSummaries();
  const proposal: LevelProposal | undefined = combinedProposal(
    proposals.flatMap((item) => (item.kind === 'ready' ? [item.proposal] : [])),
  );
  const levelOptions = digitisationLevels.map((level) => ({
    value: String(level) as `${DigitisationLevel}`,
    label: t(`levels.${level}`),
  }));
  const retained = entry.levelOverride?.level ?? proposal?.level;
  return (
    <>
      <section aria-labelledby="service-level">
        <h2 id="service-level">{t('entry.sections.level')}</h2>
        <SelectField
          label={t('entry.level')}
          value={String(entry.level) as `${DigitisationLevel}`}
          options={levelOptions}
          onChange={(value) =>
            change((current) => ({ ...current, level: Number(value) as DigitisationLevel }))
          }
        />
      </section>
      <section aria-labelledby="service-prototypes">
        <h2 id="service-prototypes">{t('entry.sections.prototypes')}</h2>
        {summaries.length === 0 && entry.prototypeIds.length === 0 ? (
          <p>{t('entry.noPrototypes')}</p>
        ) : (
          <CheckboxGroup
            legend={t('entry.sections.prototypes')}
            help={t('entry.prototypesHelp')}
            options={[
              ...summaries.map((summary) => ({ value: summary.id, label: summary.name })),
              // A link to a prototype no longer here stays until unticked.
              ...entry.prototypeIds
                .filter((id) => !summaries.some((summary) => summary.id === id))
                .map((id) => ({ value: id, label: t('entry.proposalMissing') })),
            ]}
            selected={entry.prototypeIds}
            onChange={(prototypeIds) => change((current) => ({ ...current, prototypeIds }))}
          />
        )}
        {proposals.length > 0 && (
          <div className="service-catalogue__proposal" aria-live="polite">
            <h3>{t('entry.proposalTitle')}</h3>
            <ul>
              {proposals.map((item) => (
                <ProposalItem key={item.prototypeId} item={item} />
              ))}
            </ul>
            {proposal && <p>{t('entry.proposedLevel', { level: proposal.level })}</p>}
          </div>
        )}
        {(proposal || entry.levelOverride) && (
          <>
            <label className="service-catalogue__check">
              <input
                type="checkbox"
                checked={entry.levelOverride !== undefined}
                onChange={(event) =>
                  change((current) => ({
                    ...current,
                    levelOverride: event.target.checked
                      ? { level: proposal?.level ?? current.level, reason: '' }
                      : undefined,
                  }))
                }
              />{' '}
              {t('entry.override')}
            </label>
            {entry.levelOverride && (
              <div className="service-catalogue__override">
                <SelectField
                  label={t('entry.overrideLevel')}
                  value={String(entry.levelOverride.level) as `${DigitisationLevel}`}
                  options={levelOptions}
                  onChange={(value) =>
                    change((current) => ({
                      ...current,
                      levelOverride: {
                        reason: current.levelOverride?.reason ?? '',
                        level: Number(value) as DigitisationLevel,
                      },
                    }))
                  }
                />
                <TextField
                  label={t('entry.overrideReason')}
                  value={entry.levelOverride.reason}
                  multiline
                  rows={2}
                  required
                  error={errors['levelOverride.reason']}
                  onChange={(reason) =>
                    change((current) => ({
                      ...current,
                      levelOverride: { level: current.levelOverride?.level ?? 1, reason },
                    }))
                  }
                />
              </div>
            )}
            {retained !== undefined && <p>{t('entry.retained', { level: retained })}</p>}
          </>
        )}
      </section>
    </>
  );
}
