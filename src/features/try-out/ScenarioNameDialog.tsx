import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { SCENARIO_NAME_MAX_LENGTH } from '../../domain/scenarios/schema';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';

/**
 * Asks a scenario's name, to save a played try-out or rename a scenario. Mounted while open,
 * so it starts from `initial` each time. `onSubmit` returns whether the name was taken.
 */
export function ScenarioNameDialog({
  title,
  submitLabel,
  initial = '',
  onSubmit,
  onClose,
}: {
  title: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (name: string) => boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('tryOut');
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const submit = () => {
    if (name.trim() === '') {
      setError(t('scenarios.errors.nameRequired'));
      return;
    }
    if (onSubmit(name)) onClose();
  };
  return (
    <FormDialog open title={title} submitLabel={submitLabel} onSubmit={submit} onClose={onClose}>
      <TextField
        label={t('scenarios.nameLabel')}
        help={t('scenarios.nameHelp')}
        value={name}
        error={error}
        maxLength={SCENARIO_NAME_MAX_LENGTH}
        onChange={(next) => {
          setName(next);
          if (next.trim() !== '') setError(undefined);
        }}
        autoFocus
        required
        name="scenario-name"
      />
    </FormDialog>
  );
}
