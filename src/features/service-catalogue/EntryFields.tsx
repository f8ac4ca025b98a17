import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  buildingBlocks,
  channels,
  MAX_STEPS,
  MAX_YEARLY_VOLUME,
  SERVICE_NAME_MAX_LENGTH,
  userKinds,
  type ServiceEntry,
} from '../../domain/service-catalogue/schema';
import type { SystemEntry } from '../../domain/service-catalogue/systems';
import { TextField } from '../../ui/TextField';
import { CheckboxGroup } from './CheckboxGroup';
import { NumberField } from './NumberField';
import './systemsI18n';

export interface SectionProps {
  entry: ServiceEntry;
  change: (update: (entry: ServiceEntry) => ServiceEntry) => void;
  /** The message of the first problem of each field, by field path. */
  errors: Record<string, string>;
}

export function AboutSection({ entry, change, errors }: SectionProps) {
  const { t } = useTranslation('serviceCatalogue');
  return (
    <section aria-labelledby="service-about">
      <h2 id="service-about">{t('entry.sections.about')}</h2>
      <TextField
        label={t('entry.name')}
        value={entry.name}
        onChange={(name) => change((current) => ({ ...current, name }))}
        error={errors.name}
        required
        maxLength={SERVICE_NAME_MAX_LENGTH}
      />
      <TextField
        label={t('entry.description')}
        value={entry.description}
        multiline
        onChange={(description) => change((current) => ({ ...current, description }))}
        error={errors.description}
      />
      <TextField
        label={t('entry.owner')}
        value={entry.owner}
        onChange={(owner) => change((current) => ({ ...current, owner }))}
        error={errors.owner}
      />
      <TextField
        label={t('entry.legalBasis')}
        help={t('entry.legalBasisHelp')}
        value={entry.legalBasis}
        multiline
        rows={2}
        onChange={(legalBasis) => change((current) => ({ ...current, legalBasis }))}
        error={errors.legalBasis}
      />
      <label className="service-catalogue__check">
        <input
          type="checkbox"
          checked={entry.legalChangeNeeded}
          onChange={(event) =>
            change((current) => ({ ...current, legalChangeNeeded: event.target.checked }))
          }
        />{' '}
        {t('entry.legalChangeNeeded')}
      </label>
    </section>
  );
}

export function UsersSection({ entry, change }: SectionProps) {
  const { t } = useTranslation('serviceCatalogue');
  return (
    <section aria-labelledby="service-users">
      <h2 id="service-users">{t('entry.sections.users')}</h2>
      <CheckboxGroup
        legend={t('entry.users')}
        options={userKinds.map((value) => ({ value, label: t(`users.${value}`) }))}
        selected={entry.users}
        onChange={(users) => change((current) => ({ ...current, users }))}
      />
      <LifeEventsField entry={entry} change={change} />
    </section>
  );
}

/** One event per line; blank lines are dropped only when stored, not while typing. */
function LifeEventsField({ entry, change }: Omit<SectionProps, 'errors'>) {
  const { t } = useTranslation('serviceCatalogue');
  return (
    <TextField
      label={t('entry.lifeEvents')}
      help={t('entry.lifeEventsHelp')}
      multiline
      value={entry.lifeEvents.join('\n')}
      onChange={(text) =>
        change((current) => ({
          ...current,
          lifeEvents: text.split('\n').map((line, index, lines) =>
            // The line being typed keeps its spaces; finished ones are trimmed.
            index === lines.length - 1 ? line : line.trim(),
          ),
        }))
      }
    />
  );
}

export function DemandSection({ entry, change, errors }: SectionProps) {
  const { t } = useTranslation('serviceCatalogue');
  const channelsId = useId();
  const total = Object.values(entry.channelShares).reduce((sum, share) => sum + share, 0);
  return (
    <section aria-labelledby="service-demand">
      <h2 id="service-demand">{t('entry.sections.demand')}</h2>
      <div className="service-catalogue__numbers">
        <NumberField
          label={t('entry.yearlyVolume')}
          value={entry.yearlyVolume}
          integer
          max={MAX_YEARLY_VOLUME}
          error={errors.yearlyVolume}
          onChange={(yearlyVolume) => change((current) => ({ ...current, yearlyVolume }))}
        />
        <NumberField
          label={t('entry.interactions')}
          help={t('entry.interactionsHelp')}
          value={entry.interactions}
          integer
          max={MAX_STEPS}
          error={errors.interactions}
          onChange={(interactions) => change((current) => ({ ...current, interactions }))}
        />
        <NumberField
          label={t('entry.visits')}
          value={entry.visits}
          integer
          max={MAX_STEPS}
          error={errors.visits}
          onChange={(visits) => change((current) => ({ ...current, visits }))}
        />
      </div>
      <fieldset className="service-catalogue__channels" aria-describedby={`${channelsId}-total`}>
        <legend className="field__label">{t('entry.channels')}</legend>
        <p className="field__help">{t('entry.channelsHelp')}</p>
        <div className="service-catalogue__numbers">
          {channels.map((channel) => (
            <NumberField
              key={channel}
              label={t(`channels.${channel}`)}
              value={entry.channelShares[channel]}
              max={100}
              onChange={(share) =>
                change((current) => {
                  const channelShares = { ...current.channelShares };
                  if (share === undefined) delete channelShares[channel];
                  else channelShares[channel] = share;
                  return { ...current, channelShares };
                })
              }
            />
          ))}
        </div>
        <p id={`${channelsId}-total`} className={errors.channelShares ? 'field__error' : undefined}>
          {t('entry.channelsTotal', { total: Math.round(total * 10) / 10 })}
          {errors.channelShares && ` — ${errors.channelShares}`}
        </p>
      </fieldset>
    </section>
  );
}

export function BlocksSection({
  entry,
  change,
  systems,
}: SectionProps & { systems: SystemEntry[] }) {
  const { t } = useTranslation(['serviceCatalogue', 'systems']);
  return (
    <section aria-labelledby="service-blocks">
      <h2 id="service-blocks">{t('entry.sections.blocks')}</h2>
      <CheckboxGroup
        legend={t('entry.sections.blocks')}
        options={buildingBlocks.map((value) => ({ value, label: t(`blocks.${value}`) }))}
        selected={entry.buildingBlocks}
        onChange={(selected) => change((current) => ({ ...current, buildingBlocks: selected }))}
      />
      {systems.length > 0 && (
        <CheckboxGroup
          legend={t('systems:entryLegend')}
          help={t('systems:entryHelp')}
          options={systems.map((system) => ({ value: system.id, label: system.name }))}
          selected={entry.systemIds ?? []}
          onChange={(systemIds) => change((current) => ({ ...current, systemIds }))}
        />
      )}
    </section>
  );
}
