import { useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  builtinNames,
  builtinPlaceholders,
  typedFieldPlaceholder,
  type PlaceholderField,
  type PlaceholderLanguage,
} from '../../../domain/tracking/placeholders';

interface PlaceholderPickerProps {
  fields: readonly PlaceholderField[];
  language: PlaceholderLanguage;
  /** Whether the message offers reasons, so that {{reason}} means something. */
  hasReasons: boolean;
  onInsert: (placeholder: string) => void;
}

/** The data a message can show, each a button that inserts its placeholder. */
export function PlaceholderPicker({
  fields,
  language,
  hasReasons,
  onInsert,
}: PlaceholderPickerProps) {
  const { t } = useTranslation('tracking');
  const headingId = useId();
  const builtins = builtinPlaceholders.filter((name) => name !== 'reason' || hasReasons);
  return (
    <section className="placeholders" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('messages.placeholders.heading')}</h3>
      <p className="field__help">{t('messages.placeholders.help')}</p>
      <h4>{t('messages.placeholders.tracking')}</h4>
      <ul className="placeholders__list">
        {builtins.map((name) => {
          const placeholder = `{{${builtinNames[name][language]}}}`;
          return (
            <li key={name}>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => onInsert(placeholder)}
              >
                <code>{placeholder}</code> {t(`messages.placeholders.builtins.${name}`)}
              </button>
            </li>
          );
        })}
      </ul>
      <h4>{t('messages.placeholders.fields')}</h4>
      {fields.length === 0 ? (
        <p className="field__help">{t('messages.placeholders.noFields')}</p>
      ) : (
        <ul className="placeholders__list">
          {fields.map((field) => {
            const placeholder = typedFieldPlaceholder(field, language);
            return (
              <li key={field.id}>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onInsert(placeholder)}
                >
                  <code>{placeholder}</code> {field.label}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
