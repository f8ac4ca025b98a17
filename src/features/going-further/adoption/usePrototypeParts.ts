import { useMemo } from 'react';
import { allFields } from '../../../domain/form/fields';
import type { PlaceholderField } from '../../../domain/tracking/placeholders';
import { useEditorStore } from '../../../state/editorStore';

/** The form's fields as message placeholders know them, so subjects read by name. */
export function usePlaceholderFields(): PlaceholderField[] {
  const form = useEditorStore((state) => state.prototype?.form);
  return useMemo(
    () =>
      form
        ? allFields(form).map(({ field }) => ({ id: field.id, key: field.key, label: field.label }))
        : [],
    [form],
  );
}
