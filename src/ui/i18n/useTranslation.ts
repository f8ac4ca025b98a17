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

function fixedT(namespace: string): TFunction {
  let t = fixedByNamespace.get(namespace);
  if (!t) {
    t = i18n.getFixedT(null, namespace) as TFunction;
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
