import i18n from 'i18next';
import { fr } from './locales/fr';
import { en } from './locales/en';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'fabrik:language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

type Bundles = Record<Language, Record<string, object>>;

/** Feature strings registered before i18n started (module imports run first). */
const pending: Bundles = { fr: { common: fr }, en: { common: en } };

/** Starts i18n synchronously, in the language chosen last time (French by default). */
export function initI18n(language: Language = storedLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.init({
      resources: pending,
      lng: language,
      fallbackLng: 'fr',
      defaultNS: 'common',
      ns: ['common'],
      initAsync: false,
      // React escapes every string it renders: never build HTML from translations.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  document.documentElement.lang = i18n.language;
  return i18n;
}

/** Switches the interface language and remembers it in this browser. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // The choice then lasts until the tab closes.
  }
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * Adds a feature's strings under its own namespace. Called when the feature's module
 * loads, so a lazily loaded step brings its strings with it.
 */
export function registerTranslations<T extends object>(
  namespace: string,
  resources: { fr: T; en: T },
): void {
  if (!i18n.isInitialized) {
    pending.fr[namespace] = resources.fr;
    pending.en[namespace] = resources.en;
    return;
  }
  i18n.addResourceBundle('fr', namespace, resources.fr, true, true);
  i18n.addResourceBundle('en', namespace, resources.en, true, true);
}

export { i18n };
