import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  MAX_RESPONSE_DAYS,
  type DesignKey,
  type DesignValue,
  type ServiceDesign,
} from '../../domain/service-catalogue/design';
import {
  resolveDifference,
  sameDesignValue,
  type DesignDifference,
} from '../../domain/service-catalogue/prototypeFill';
import { MAX_STEPS } from '../../domain/service-catalogue/schema';
import { reviewStatuses } from '../../domain/prototype/model';
import { messageChannels } from '../../domain/tracking/schema';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { CheckboxGroup } from './CheckboxGroup';
import './designI18n';
import { designValueText } from './designText';
import type { SectionProps } from './EntryFields';
import { NumberField } from './NumberField';

const UNKNOWN = '';
const counts = ['fieldsAsked', 'fieldsPrefilled', 'processSteps', 'exceptions'] as const;

interface DesignSectionProps extends SectionProps {
  /** The parts the team typed that the linked prototypes now say otherwise. */
  differences: DesignDifference[];
}

function Differences({ differences, change }: Pick<DesignSectionProps, 'differences' | 'change'>) {
  const { t, i18n } = useTranslation('serviceDesign');
  const text = (key: DesignKey, value: DesignValue) =>
    designValueText(t, key, value, i18n.language);
  return (
    <div className="service-catalogue__differences" role="group" aria-labelledby="design-diff">
      <h3 id="design-diff">{t('differencesTitle')}</h3>
      <p>{t('differencesIntro')}</p>
      <ul>
        {differences.map((difference) => {
          const field = t(`fields.${difference.key}`);
          return (
            <li key={difference.key}>
              <p>
                {t('difference', {
                  field,
                  typed: text(difference.key, difference.typed),
                  fromPrototypes: text(difference.key, difference.fromPrototypes),
                })}
              </p>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('keepLabel', { field })}
                onClick={() => change((entry) => resolveDifference(entry, difference, 'keep'))}
              >
                {t('keep')}
              </button>{' '}
              <button
                type="button"
                className="button"
                aria-label={t('takeLabel', { field })}
                onClick={() => change((entry) => resolveDifference(entry, difference, 'take'))}
              >
                {t('take')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** What the service asks and how it is processed: typed, or filled from its prototypes. */
export function DesignSection({ entry, change, errors, differences }: DesignSectionProps) {
  const { t } = useTranslation('serviceDesign');
  const dateId = useId();
  const design = entry.design ?? {};
  const baseline = entry.designFromPrototypes ?? {};
  // Once no prototype is linked, every value is the team's to keep up to date.
  const origin = (key: DesignKey) =>
    design[key] === undefined || entry.prototypeIds.length === 0
      ? undefined
      : sameDesignValue(design[key], baseline[key])
        ? t('fromPrototypes')
        : t('typed');
  const set = <K extends DesignKey>(key: K, value: ServiceDesign[K] | undefined) =>
    change((current) => {
      const next: ServiceDesign = { ...current.design };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return { ...current, design: next };
    });
  const dateError = errors['design.launchDate'] && t('dateInvalid');
  return (
    <section aria-labelledby="service-design">
      <h2 id="service-design">{t('title')}</h2>
      <p className="field__help">{t('intro')}</p>
      {differences.length > 0 && <Differences differences={differences} change={change} />}
      <div className="service-catalogue__numbers">
        {counts.map((key) => (
          <NumberField
            key={key}
            label={t(`fields.${key}`)}
            help={origin(key)}
            value={design[key]}
            integer
            max={MAX_STEPS}
            error={errors[`design.${key}`]}
            onChange={(value) => set(key, value)}
          />
        ))}
        <NumberField
          label={t('fields.responseDays')}
          help={origin('responseDays')}
          value={design.responseDays}
          integer
          max={MAX_RESPONSE_DAYS}
          error={errors['design.responseDays']}
          onChange={(value) => set('responseDays', value)}
        />
      </div>
      <TextField
        label={t('fields.roles')}
        help={[t('rolesHelp'), origin('roles')].filter(Boolean).join(' ')}
        multiline
        rows={3}
        value={(design.roles ?? []).join('\n')}
        error={errors['design.roles']}
        onChange={(text) =>
          set(
            'roles',
            text === ''
              ? undefined
              : text.split('\n').map((line, index, lines) =>
                  // The line being typed keeps its spaces; blank ones are dropped when stored.
                  index === lines.length - 1 ? line : line.trim(),
                ),
          )
        }
      />
      <CheckboxGroup
        legend={t('fields.messageChannels')}
        help={origin('messageChannels')}
        options={messageChannels.map((value) => ({ value, label: t(`messageChannels.${value}`) }))}
        selected={design.messageChannels ?? []}
        onChange={(selected) => set('messageChannels', selected)}
      />
      <SelectField
        label={t('fields.reviewState')}
        help={origin('reviewState')}
        value={design.reviewState ?? UNKNOWN}
        options={[
          { value: UNKNOWN, label: t('unknown') },
          ...reviewStatuses.map((value) => ({ value, label: t(`reviewStates.${value}`) })),
        ]}
        onChange={(value) => set('reviewState', value === UNKNOWN ? undefined : value)}
      />
      <FieldFrame
        id={dateId}
        label={t('fields.launchDate')}
        help={origin('launchDate')}
        error={dateError}
      >
        <input
          id={dateId}
          type="date"
          value={design.launchDate ?? ''}
          aria-describedby={fieldDescription(dateId, {
            help: origin('launchDate'),
            error: dateError,
          })}
          aria-invalid={dateError ? true : undefined}
          onChange={(event) => set('launchDate', event.target.value || undefined)}
        />
      </FieldFrame>
    </section>
  );
}
