import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { placeholderFields } from '../../../domain/tracking/formFields';
import type { PlaceholderLanguage } from '../../../domain/tracking/placeholders';
import { useEditorStore } from '../../../state/editorStore';

/** The form's fields as placeholders see them, and the language placeholders are typed in. */
export function usePlaceholderFields() {
  const { i18n } = useTranslation();
  const form = useEditorStore((state) => state.prototype?.form);
  const fields = useMemo(() => (form ? placeholderFields({ form }) : []), [form]);
  const language: PlaceholderLanguage = i18n.language === 'en' ? 'en' : 'fr';
  return { fields, language };
}
