import { memo, useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { setFieldOptions } from '../../../domain/form/commands';
import { makeOptions } from '../../../domain/form/factory';
import type { FieldOption } from '../../../domain/form/schema';
import { newId } from '../../../domain/ids';
import { execute } from '../state/designedForm';
import { FieldFrame, fieldDescription } from '../../../ui/FieldFrame';

interface OptionsEditorProps {
  fieldId: string;
  options: readonly FieldOption[] | undefined;
}

/**
 * The options of a choice field: edit, reorder, remove, add one, or paste several lines.
 * Given the options alone, it is not drawn again while the field's label is typed.
 */
export const OptionsEditor = memo(function OptionsEditor({
  fieldId,
  options = [],
}: OptionsEditorProps) {
  const { t } = useTranslation('form');
  const id = useId();
  const [pasted, setPasted] = useState('');
  const save = (next: FieldOption[]) => execute(setFieldOptions({ id: fieldId, options: next }));
  const change = (index: number, patch: Partial<FieldOption>) =>
    save(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  const move = (index: number, by: number) => {
    const next = options.slice();
    const [option] = next.splice(index, 1);
    next.splice(index + by, 0, option!);
    save(next);
  };
  const counts = new Map<string, number>();
  for (const option of options) counts.set(option.value, (counts.get(option.value) ?? 0) + 1);

  const addLines = () => {
    const lines = pasted
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) return;
    save([...options, ...makeOptions(lines, newId, options)]);
    setPasted('');
  };

  return (
    <div className="fd-options">
      <ol className="fd-options__list">
        {options.map((option, index) => {
          const number = index + 1;
          const problem =
            option.value.trim() === ''
              ? t('options.empty')
              : (counts.get(option.value) ?? 0) > 1
                ? t('options.duplicate')
                : undefined;
          const errorId = `${id}-${index}-error`;
          return (
            <li key={option.id} className="fd-option">
              <input
                type="text"
                className="fd-option__label"
                value={option.label}
                aria-label={t('options.label', { number })}
                onChange={(event) => change(index, { label: event.target.value })}
              />
              <input
                type="text"
                className="fd-option__value"
                value={option.value}
                aria-label={t('options.value', { number })}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? errorId : undefined}
                onChange={(event) => change(index, { value: event.target.value })}
              />
              <span className="fd-option__actions">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={index === 0}
                  aria-label={t('options.moveUp', { number })}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={index === options.length - 1}
                  aria-label={t('options.moveDown', { number })}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={t('options.remove', { number })}
                  onClick={() => save(options.filter((_, i) => i !== index))}
                >
                  ✕
                </button>
              </span>
              {problem && (
                <p id={errorId} className="field__error fd-option__error">
                  {problem}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          const label = t('defaults.option', { number: options.length + 1 });
          save([...options, ...makeOptions([label], newId, options)]);
        }}
      >
        {t('options.add')}
      </button>
      <FieldFrame
        id={`${id}-paste`}
        label={t('options.paste')}
        help={t('options.pasteHelp')}
        className="fd-options__paste"
      >
        <textarea
          id={`${id}-paste`}
          rows={3}
          value={pasted}
          aria-describedby={fieldDescription(`${id}-paste`, { help: true })}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={pasted.trim() === ''}
          onClick={addLines}
        >
          {t('options.pasteAdd')}
        </button>
      </FieldFrame>
    </div>
  );
});
