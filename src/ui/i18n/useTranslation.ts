import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { i18n } from './i18n';

/*
 * The app's translation hook. react-i18next's own did, for every mounted component, a copy
 * of the i18next instance's properties, a language listener and a new `t`: the largest
 * single cost in a CPU profile of a 50-field form opened by its address (issue 12). Here
 * every component shares one listener and one `t` per namespace, made again when the
 * language changes, so that components that depend on `t` follow it.
 */

const listeners = new Set<() => void>();
let language = '';
const fixedByNamespace = new Map<string, TFunction>();

function onLanguageChanged() {
  fixedByNamespace.clear();
  language = i18n.language;
  for (const listener of listeners) listener();
}
i18n.on('languageChanged', onLanguageChanged);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentLanguage = () => language;

/**
 * The plain string stored under `key`, when i18next would give it as it is: found in the
 * current language, with nothing to fill in (`{{…}}`) or to nest (`$t(…)`). Undefined
 * otherwise, and i18next answers.
 */
function storedString(namespace: string, key: string): string | undefined {
  if (key.includes(':')) return undefined;
  let value: unknown = i18n.store.data[i18n.language]?.[namespace];
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value !== 'string' || value.includes('{{') || value.includes('$t(')) {
    return undefined;
  }
  return value;
}

/**
 * A namespace's `t`. Most calls ask a plain string by its key alone: it is read from the
 * store directly. i18next's resolution of each call (key parsing, lookups, interpolation)
 * took ~10 ms of a 50-field form's first render in a CPU profile (100 µs samples, a
 * page that is new at each navigation runs it cold). Any other call goes to i18next.
 */
function fixedT(namespace: string): TFunction {
  let t = fixedByNamespace.get(namespace);
  if (!t) {
    const translate = i18n.getFixedT(null, namespace) as unknown as (...args: unknown[]) => unknown;
    const withPlainStrings = (...args: unknown[]) => {
      const [key] = args;
      const plain =
        args.length === 1 && typeof key === 'string' ? storedString(namespace, key) : undefined;
      return plain ?? translate(...args);
    };
    t = withPlainStrings as unknown as TFunction;
    fixedByNamespace.set(namespace, t);
  }
  return t;
}

/**
 * The strings of a namespace (the shared ones by default), in the interface's language.
 * Of several namespaces, the first is the default one, as with react-i18next; the others
 * are reached with their prefix (`systems:…`).
 */
export function useTranslation(namespaces: string | readonly string[] = 'common'): {
  t: TFunction;
  i18n: typeof i18n;
} {
  useSyncExternalStore(subscribe, currentLanguage);
  const namespace = typeof namespaces === 'string' ? namespaces : (namespaces[0] ?? 'common');
  return { t: fixedT(namespace), i18n };
}
