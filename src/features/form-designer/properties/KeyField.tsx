import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { setFieldKey } from '../../../domain/form/commands';
import { formKeys, KEY_PATTERN } from '../../../domain/form/keys';
import type { Field } from '../../../domain/form/schema';
import { designedForm, execute } from '../state/designedForm';
import { TextField } from '../../../ui/TextField';

/**
 * The field's data key. A key that is badly formed or taken stays in the box with its
 * message, and the stored key keeps working: keys stay unique.
 */
export function KeyField({ field }: { field: Field }) {
  const { t } = useTranslation('form');
  const [draft, setDraft] = useState<{ text: string; error: string }>();
  return (
    <TextField
      label={t('properties.key')}
      help={t('properties.keyHelp')}
      value={draft?.text ?? field.key}
      error={draft?.error}
      name="key"
      onChange={(text) => {
        const form = designedForm();
        if (!KEY_PATTERN.test(text)) {
          setDraft({ text, error: t('errors.keyInvalid') });
        } else if (form && formKeys(form, field.id).has(text)) {
          setDraft({ text, error: t('errors.keyTaken', { key: text }) });
        } else {
          setDraft(undefined);
          execute(setFieldKey({ id: field.id, key: text }));
        }
      }}
    />
  );
}
