import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Translate } from '../../../domain/going-further/production/translate';
import './documentI18n';

/** The part's words as the generators take them, and the language they are in. */
export function useTranslate(): { translate: Translate; language: string } {
  const { t, i18n } = useTranslation('goingFurther-production');
  const language = i18n.language;
  // `t` changes with the language, so documents drafted with it are redrafted then.
  const translate = useMemo<Translate>(() => (key, values) => t(key, values ?? {}), [t]);
  return { translate, language };
}
