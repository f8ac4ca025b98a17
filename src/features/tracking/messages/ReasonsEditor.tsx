import { useTranslation } from '../../../ui/i18n/useTranslation';
import { setMessageReasons } from '../../../domain/tracking/commands/messages';
import { builtinNames, type PlaceholderLanguage } from '../../../domain/tracking/placeholders';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';

/** The reasons an agent picks from when sending the message (incomplete, outdated…). */
export function ReasonsEditor({
  messageId,
  reasons,
  language,
}: {
  messageId: string;
  reasons: readonly string[];
  language: PlaceholderLanguage;
}) {
  const { t } = useTranslation('tracking');
  const set = (next: string[]) => execute(setMessageReasons({ messageId, reasons: next }));
  if (reasons.length === 0) {
    return (
      <button type="button" className="button button--secondary" onClick={() => set([''])}>
        {t('messages.editor.addReasons')}
      </button>
    );
  }
  return (
    <fieldset className="reasons">
      <legend className="field__label">{t('messages.editor.reasons')}</legend>
      <p className="field__help">
        {t('messages.editor.reasonsHelp', { placeholder: `{{${builtinNames.reason[language]}}}` })}
      </p>
      {reasons.map((reason, index) => (
        <div key={index} className="reasons__item">
          <TextField
            label={t('messages.editor.reason', { index: index + 1 })}
            value={reason}
            onChange={(value) => set(reasons.map((r, i) => (i === index ? value : r)))}
          />
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => set(reasons.filter((_, i) => i !== index))}
          >
            {t('messages.editor.removeReason', { index: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => set([...reasons, ''])}
      >
        {t('messages.editor.addReason')}
      </button>
    </fieldset>
  );
}
