import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Adoption } from '../../../domain/going-further/adoption/schema';
import type { DocumentLanguage } from '../../../domain/going-further/adoption/wording';
import { useEditorStore } from '../../../state/editorStore';

// A constant fallback: a selector must return the same object while nothing changed.
const noAdoption: Adoption = {};

/** The open prototype's adoption part, empty until something is changed in it. */
export const useAdoption = () =>
  useEditorStore((state) => state.prototype?.goingFurther?.adoption ?? noAdoption);

/** The drafted documents are written in the interface's language. */
export function useDocumentLanguage(): DocumentLanguage {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? 'en' : 'fr';
}
