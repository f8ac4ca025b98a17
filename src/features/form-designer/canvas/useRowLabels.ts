import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { fieldTypes, type FieldType } from '../../../domain/form/vocabulary';

/**
 * The words every row uses, translated once: rows read them from props instead of each
 * subscribing to i18n, which keeps a thousand rows light.
 */
export function useRowLabels() {
  const { t } = useTranslation('form');
  return useMemo(
    () => ({
      types: Object.fromEntries(fieldTypes.map((type) => [type, t(`types.${type}`)])) as Record<
        FieldType,
        string
      >,
      untitled: t('canvas.untitled'),
      required: t('canvas.required'),
      condition: t('canvas.condition'),
      noJustification: t('canvas.noJustification'),
      prefilled: t('canvas.prefilled'),
      issues: (count: number) => t('canvas.issues', { count }),
      move: (label: string) => t('canvas.move', { label }),
      emptyList: t('canvas.emptyList'),
      emptySection: t('canvas.emptySection'),
    }),
    [t],
  );
}

export type RowLabels = ReturnType<typeof useRowLabels>;
