import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { setFrameSection } from '../../domain/frame/commands';
import {
  deadlineBases,
  deliveryModes,
  territoryKinds,
  type Frame,
} from '../../domain/frame/schema';
import { setPurposeItem } from '../../domain/purpose/commands';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { DateField } from '../../ui/DateField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { FramePart } from './OpenQuestions';
import { useFrame } from './useFrame';

const set = <S extends 'where' | 'when' | 'how'>(section: S, changes: Partial<Frame[S]>) =>
  execute(setFrameSection({ section, changes }));

/** A choice that may be unanswered: the empty option stands for "not chosen yet". */
function optionsOf<T extends string>(values: readonly T[], label: (value: T | 'none') => string) {
  return [
    { value: '' as const, label: label('none') },
    ...values.map((value) => ({ value, label: label(value) })),
  ];
}

/** What: the purpose and what is out of scope, read here and written in their own step. */
export function WhatPart() {
  const { t } = useTranslation('frame');
  const statement = useEditorStore((state) => state.prototype?.purpose.statement ?? '');
  const outOfScope = useEditorStore((state) => state.prototype?.purpose.outOfScope ?? '');
  return (
    <FramePart part="what" title={t('parts.what')}>
      <p className="field__help">{t('what.help')}</p>
      <dl className="frame__read">
        <dt>{t('what.statement')}</dt>
        <dd>{statement.trim() || t('what.empty')}</dd>
        <dt>{t('what.outOfScope')}</dt>
        <dd>{outOfScope.trim() || t('what.empty')}</dd>
      </dl>
      <Link href="/purpose">{t('what.edit')}</Link>
    </FramePart>
  );
}

export function WherePart() {
  const { t } = useTranslation('frame');
  const { where } = useFrame();
  const owningService = useEditorStore((state) => state.prototype?.purpose.owningService ?? '');
  return (
    <FramePart part="where" title={t('parts.where')}>
      <TextField
        label={t('where.owningService')}
        help={t('where.owningServiceHelp')}
        value={owningService}
        onChange={(value) => execute(setPurposeItem({ item: 'owningService', value }))}
      />
      <SelectField
        label={t('where.territory')}
        value={where.territory ?? ''}
        options={optionsOf(territoryKinds, (kind) => t(`where.territories.${kind}`))}
        onChange={(territory) => set('where', { territory: territory || undefined })}
      />
      <TextField
        label={t('where.territoryName')}
        value={where.territoryName}
        onChange={(territoryName) => set('where', { territoryName })}
      />
    </FramePart>
  );
}

export function WhenPart() {
  const { t } = useTranslation('frame');
  const { when } = useFrame();
  return (
    <FramePart part="when" title={t('parts.when')}>
      <DateField
        label={t('when.deadline')}
        value={when.deadline}
        onChange={(deadline) => set('when', { deadline })}
      />
      <SelectField
        label={t('when.basis')}
        value={when.basis ?? ''}
        options={optionsOf(deadlineBases, (basis) => t(`when.bases.${basis}`))}
        onChange={(basis) => set('when', { basis: basis || undefined })}
      />
      <TextField
        label={t('when.reference')}
        help={t('when.referenceHelp')}
        value={when.reference}
        onChange={(reference) => set('when', { reference })}
      />
    </FramePart>
  );
}

export function HowPart() {
  const { t } = useTranslation('frame');
  const { how } = useFrame();
  return (
    <FramePart part="how" title={t('parts.how')}>
      <TextField
        label={t('how.means')}
        help={t('how.meansHelp')}
        value={how.means}
        multiline
        onChange={(means) => set('how', { means })}
      />
      <SelectField
        label={t('how.delivery')}
        value={how.delivery ?? ''}
        options={optionsOf(deliveryModes, (mode) => t(`how.deliveries.${mode}`))}
        onChange={(delivery) => set('how', { delivery: delivery || undefined })}
      />
    </FramePart>
  );
}
