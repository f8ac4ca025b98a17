import { useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { updateField } from '../../../domain/form/commands';
import { hasProperty } from '../../../domain/form/registry';
import type { Field } from '../../../domain/form/schema';
import { prefillSources, type PrefillSource } from '../../../domain/form/vocabulary';
import { execute } from '../state/designedForm';
import { TextField } from '../../../ui/TextField';

/** "Why do we need this?", and the verified source a prefilled answer comes from. */
export function JustificationEditor({ field }: { field: Field }) {
  const { t } = useTranslation('form');
  const id = useId();
  const update = (patch: Partial<Field>) => execute(updateField({ id: field.id, patch }));
  // An empty reason is kept while it is being typed: the question still counts as unjustified.
  const waived = field.noJustificationReason !== undefined;
  return (
    <>
      {!waived && (
        <TextField
          label={t('properties.justification')}
          help={t('properties.justificationHelp')}
          value={field.justification ?? ''}
          multiline
          rows={3}
          name="justification"
          onChange={(justification) => update({ justification: justification || undefined })}
        />
      )}
      <label className="fd-choice__option">
        <input
          type="checkbox"
          checked={waived}
          onChange={(event) =>
            update({ noJustificationReason: event.target.checked ? '' : undefined })
          }
        />
        {t('properties.noJustification')}
      </label>
      {waived && (
        <TextField
          label={t('properties.noJustificationReason')}
          help={t('properties.noJustificationReasonHelp')}
          value={field.noJustificationReason ?? ''}
          multiline
          rows={2}
          name="noJustificationReason"
          onChange={(noJustificationReason) => update({ noJustificationReason })}
        />
      )}
      {hasProperty(field.type, 'prefill') && (
        <>
          <div className="field">
            <label htmlFor={id} className="field__label">
              {t('properties.prefill')}
            </label>
            <select
              id={id}
              value={field.prefill?.source ?? ''}
              onChange={(event) => {
                const source = event.target.value as PrefillSource | '';
                update({
                  prefill: source ? { source, detail: field.prefill?.detail ?? '' } : undefined,
                });
              }}
            >
              <option value="">{t('properties.prefillNone')}</option>
              {prefillSources.map((source) => (
                <option key={source} value={source}>
                  {t(`properties.sources.${source}`)}
                </option>
              ))}
            </select>
          </div>
          {field.prefill && (
            <TextField
              label={t('properties.prefillDetail')}
              value={field.prefill.detail}
              onChange={(detail) => update({ prefill: { ...field.prefill!, detail } })}
            />
          )}
        </>
      )}
    </>
  );
}
