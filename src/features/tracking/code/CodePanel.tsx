import { useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  codeCount,
  confusableCharacters,
  DEFAULT_CODE_ALPHABET,
  MIN_SAFE_CODE_COUNT,
} from '../../../domain/tracking/code';
import { updateCodeFormat } from '../../../domain/tracking/commands/settings';
import {
  CODE_MAX_LENGTH,
  CODE_MIN_LENGTH,
  codeFormatSchema,
  type CodeFormat,
} from '../../../domain/tracking/schema';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { DaysField } from '../DaysField';
import { usePlaceholderFields } from '../messages/usePlaceholderFields';
import { renewExampleCode, useExampleCode } from '../viewStore';
import { formatCount } from './formatCount';

/** The tracking code: its format, an example, how many codes it allows, and what else is asked. */
export function CodePanel() {
  const { t, i18n } = useTranslation('tracking');
  const id = useId();
  const code = useEditorStore((state) => state.prototype?.tracking.code);
  const { fields } = usePlaceholderFields();
  const example = useExampleCode(code ?? { length: 8, alphabet: DEFAULT_CODE_ALPHABET });
  const [alphabetDraft, setAlphabetDraft] = useState<string>();
  if (!code) return null;
  const change = (patch: Partial<CodeFormat>) => execute(updateCodeFormat({ patch }));
  const count = codeCount(code);
  const confusable = confusableCharacters(code.alphabet);
  const confirmMissing =
    code.confirmFieldId !== null && !fields.some((field) => field.id === code.confirmFieldId);
  return (
    <div className="code-panel">
      <h2>{t('code.heading')}</h2>
      <p className="field__help">{t('code.help')}</p>
      <p className="code-panel__example">
        {t('code.example')}
        <strong className="tracking-code">{example}</strong>{' '}
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={renewExampleCode}
        >
          {t('code.another')}
        </button>
      </p>
      <p>{t('code.count', { total: formatCount(count, i18n.language) })}</p>
      {count < MIN_SAFE_CODE_COUNT && (
        <p className="banner banner--warning">{t('code.guessable')}</p>
      )}
      <DaysField
        label={t('code.length')}
        value={code.length}
        min={CODE_MIN_LENGTH}
        max={CODE_MAX_LENGTH}
        optional={false}
        invalidMessage={t('code.lengthInvalid', { min: CODE_MIN_LENGTH, max: CODE_MAX_LENGTH })}
        onChange={(length) => length !== null && change({ length })}
      />
      <div className={alphabetDraft !== undefined ? 'field field--error' : 'field'}>
        <label htmlFor={`${id}-alphabet`} className="field__label">
          {t('code.alphabet')}
        </label>
        <p id={`${id}-alphabet-help`} className="field__help">
          {t('code.alphabetHelp')}
        </p>
        {alphabetDraft !== undefined && (
          <p id={`${id}-alphabet-error`} className="field__error">
            {t('code.alphabetInvalid')}
          </p>
        )}
        <input
          id={`${id}-alphabet`}
          type="text"
          className="tracking-code"
          spellCheck={false}
          autoCapitalize="characters"
          value={alphabetDraft ?? code.alphabet}
          aria-invalid={alphabetDraft !== undefined || undefined}
          aria-describedby={`${id}-alphabet-help${alphabetDraft !== undefined ? ` ${id}-alphabet-error` : ''}`}
          onChange={(event) => {
            const alphabet = event.target.value.toUpperCase();
            if (codeFormatSchema.shape.alphabet.safeParse(alphabet).success) {
              setAlphabetDraft(undefined);
              change({ alphabet });
            } else {
              setAlphabetDraft(alphabet);
            }
          }}
        />
      </div>
      {code.alphabet !== DEFAULT_CODE_ALPHABET && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setAlphabetDraft(undefined);
            change({ alphabet: DEFAULT_CODE_ALPHABET });
          }}
        >
          {t('code.resetAlphabet')}
        </button>
      )}
      {confusable.length > 0 && (
        <p className="banner banner--warning">
          {t('code.confusable', { groups: confusable.join(', ') })}
        </p>
      )}
      <p className="field__help">{t('code.secure')}</p>
      <div className="field">
        <label htmlFor={`${id}-confirm`} className="field__label">
          {t('code.confirm')}
        </label>
        <p id={`${id}-confirm-help`} className="field__help">
          {t('code.confirmHelp')}
        </p>
        <select
          id={`${id}-confirm`}
          aria-describedby={`${id}-confirm-help`}
          aria-invalid={confirmMissing || undefined}
          value={code.confirmFieldId ?? ''}
          onChange={(event) => change({ confirmFieldId: event.target.value || null })}
        >
          <option value="">{t('code.confirmNone')}</option>
          {fields.map((field) => (
            <option key={field.id} value={field.id}>
              {field.label || field.key}
            </option>
          ))}
          {confirmMissing && code.confirmFieldId && (
            <option value={code.confirmFieldId}>{t('code.confirmMissing')}</option>
          )}
        </select>
      </div>
    </div>
  );
}
