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

type Strings = Record<Language, object>;

/** Feature strings registered before i18n started (module imports run first). */
const registeredEarly: [namespace: string, resources: Strings][] = [];

/** Starts i18n synchronously, in the language chosen last time (French by default). */
export function initI18n(language: Language = storedLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.init({
      resources: { fr: { common: fr }, en: { common: en } },
      lng: language,
      fallbackLng: 'fr',
      defaultNS: 'common',
      ns: ['common'],
      initAsync: false,
      // React escapes every string it renders: never build HTML from translations.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    for (const [namespace, resources] of registeredEarly.splice(0)) {
      addNamespace(namespace, resources);
    }
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
    registeredEarly.push([namespace, resources]);
    return;
  }
  addNamespace(namespace, resources);
}

function addNamespace(namespace: string, resources: Strings): void {
  for (const language of languages) addStrings(language, namespace, resources[language]);
}

/**
 * A namespace's first strings are stored without a copy: i18next's default copies them
 * through JSON and merges them key by key (~3 ms of a prototype page's opening in a CPU
 * profile), and nothing changes them once stored. A namespace whose strings come in parts
 * (a part's documents beside its screen) is merged deeply, on a copy of what is stored
 * (the merge writes into it, and the first part's objects are the module's own).
 */
function addStrings(language: Language, namespace: string, strings: object): void {
  if (!i18n.hasResourceBundle(language, namespace)) {
    i18n.addResourceBundle(language, namespace, strings, false, true, {
      silent: false,
      skipCopy: true,
    });
    return;
  }
  const stored = JSON.parse(JSON.stringify(i18n.getResourceBundle(language, namespace))) as object;
  i18n.addResourceBundle(language, namespace, stored, false, true, {
    silent: true,
    skipCopy: true,
  });
  i18n.addResourceBundle(language, namespace, strings, true, true);
}

export { i18n };
