import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { updateException, type ExceptionChanges } from '../../domain/exceptions/commands';
import {
  exceptionDecisions,
  exceptionFrequencies,
  exceptionStatuses,
  type PrototypeException,
} from '../../domain/exceptions/schema';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ShareField } from './ShareField';

/** Completes an exception after the workshop: every change is a command, undoable. */
export function ExceptionEditor({ exception }: { exception: PrototypeException }) {
  const { t } = useTranslation('exceptions');
  const [titleDraft, setTitleDraft] = useState<string>();
  const team = (useEditorStore((state) => state.prototype?.team) ?? []).map((person) => ({
    value: person.id,
    label: person.name,
  }));
  const workshops = (useEditorStore((state) => state.prototype?.workshops) ?? []).map((item) => ({
    value: item.id,
    label: item.title,
  }));
  const change = (changes: ExceptionChanges) =>
    execute(updateException({ id: exception.id, changes }));
  const optional = (value: string) => (value === '' ? undefined : value);
  const nobody = { value: '', label: t('fields.nobody') };
  // A reference to someone or a workshop gone since is shown as such, so that the list does
  // not pretend to another value, and can be changed or cleared.
  const listing = (options: { value: string; label: string }[], value: string, gone: string) =>
    value === '' || options.some((option) => option.value === value)
      ? options
      : [...options, { value, label: gone }];

  return (
    <div className="exception-card__editor">
      <TextField
        label={t('fields.title')}
        value={titleDraft ?? exception.title}
        error={titleDraft !== undefined ? t('errors.titleRequired') : undefined}
        required
        onChange={(title) => {
          if (title.trim() === '') {
            setTitleDraft(title);
            return;
          }
          setTitleDraft(undefined);
          change({ title });
        }}
      />
      <SelectField
        label={t('status.label')}
        value={exception.status}
        options={exceptionStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
        onChange={(status) => change({ status })}
      />
      <div className="exception-card__wide">
        <TextField
          label={t('fields.description')}
          help={t('fields.descriptionHelp')}
          value={exception.description}
          multiline
          onChange={(description) => change({ description })}
        />
      </div>
      <SelectField
        label={t('frequency.label')}
        value={exception.frequency}
        options={exceptionFrequencies.map((value) => ({ value, label: t(`frequency.${value}`) }))}
        onChange={(frequency) =>
          change(
            frequency === 'share'
              ? { frequency, sharePercent: exception.sharePercent ?? 10 }
              : { frequency },
          )
        }
      />
      {exception.frequency === 'share' && (
        <ShareField
          value={exception.sharePercent}
          onChange={(sharePercent) => change({ sharePercent })}
        />
      )}
      <SelectField
        label={t('decision.label')}
        value={exception.decision ?? ''}
        options={[
          { value: '', label: t('decision.none') },
          ...exceptionDecisions.map((value) => ({ value, label: t(`decision.${value}`) })),
        ]}
        onChange={(decision) => change({ decision: decision === '' ? undefined : decision })}
      />
      <SelectField
        label={t('fields.owner')}
        value={exception.ownerId ?? ''}
        options={listing([nobody, ...team], exception.ownerId ?? '', t('fields.goneParticipant'))}
        onChange={(ownerId) => change({ ownerId: optional(ownerId) })}
      />
      <SelectField
        label={t('fields.raisedBy')}
        value={exception.raisedById ?? ''}
        options={listing(
          [nobody, ...team],
          exception.raisedById ?? '',
          t('fields.goneParticipant'),
        )}
        onChange={(raisedById) => change({ raisedById: optional(raisedById) })}
      />
      <SelectField
        label={t('fields.workshop')}
        value={exception.workshopId ?? ''}
        options={listing(
          [{ value: '', label: t('fields.noWorkshop') }, ...workshops],
          exception.workshopId ?? '',
          t('fields.goneWorkshop'),
        )}
        onChange={(workshopId) => change({ workshopId: optional(workshopId) })}
      />
    </div>
  );
}
