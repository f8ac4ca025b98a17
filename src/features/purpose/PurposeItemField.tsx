import { memo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { setPurposeItem } from '../../domain/purpose/commands';
import type { PurposeItem } from '../../domain/purpose/schema';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { TextField } from '../../ui/TextField';

/** One purpose item; reads only its own text, so typing re-renders only this box. */
export const PurposeItemField = memo(function PurposeItemField({ item }: { item: PurposeItem }) {
  const { t } = useTranslation('purpose');
  const value = useEditorStore((state) => state.prototype?.purpose[item] ?? '');
  return (
    <TextField
      label={t(`items.${item}.label`)}
      help={t(`items.${item}.help`)}
      value={value}
      onChange={(next) => execute(setPurposeItem({ item, value: next }))}
      multiline
      rows={item === 'legalBasis' || item === 'owningService' ? 2 : 4}
      name={item}
    />
  );
});
