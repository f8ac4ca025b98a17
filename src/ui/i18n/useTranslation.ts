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
 * The string stored under `key` in the current language, when i18next would read it as it
 * is: no nesting (`$t(…)`), no namespace in the key. Undefined otherwise.
 */
function storedString(namespace: string, key: string): string | undefined {
  if (key.includes(':')) return undefined;
  let value: unknown = i18n.store.data[i18n.language]?.[namespace];
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value !== 'string' || value.includes('$t(')) return undefined;
  return value;
}

/** Options i18next acts on itself (plurals, context, fallbacks…): such a call goes to it. */
const i18nextOptions = new Set([
  'count',
  'context',
  'ordinal',
  'defaultValue',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'lng',
  'lngs',
  'ns',
  'keyPrefix',
  'replace',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'nsSeparator',
  'keySeparator',
  'fallbackLng',
]);

const placeholder = /\{\{([^{}]*)\}\}/g;

/**
 * `template` with each `{{name}}` replaced by its value, as i18next does with values left
 * unescaped (React escapes them); undefined for anything else (a format, `{{- name}}`, a
 * missing or non-text value), which i18next then answers.
 */
function filled(template: string, values: Record<string, unknown>): string | undefined {
  if (Object.keys(values).some((name) => i18nextOptions.has(name))) return undefined;
  let complete = true;
  const text = template.replace(placeholder, (whole, name: string) => {
    const value = /^\w+$/.test(name) ? values[name] : undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    complete = false;
    return whole;
  });
  return complete ? text : undefined;
}

/** What `t(...args)` gives when it can be read from the store without i18next. */
function readDirectly(namespace: string, args: unknown[]): string | undefined {
  const [key, options] = args;
  if (typeof key !== 'string' || args.length > 2) return undefined;
  const stored = storedString(namespace, key);
  if (stored === undefined) return undefined;
  if (args.length === 1) return stored.includes('{{') ? undefined : stored;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  return filled(stored, options as Record<string, unknown>);
}

/**
 * A namespace's `t`. Most calls ask a plain string by its key, or a string with a value or
 * two to fill in (a row's « Déplacer « {{label}} » »): it is read from the store directly.
 * i18next's resolution of each call (key parsing, lookups, interpolation) took ~10 ms of a
 * 50-field form's first render in a CPU profile (100 µs samples, a page that is new at
 * each navigation runs it cold). Any other call goes to i18next.
 */
function fixedT(namespace: string): TFunction {
  let t = fixedByNamespace.get(namespace);
  if (!t) {
    const translate = i18n.getFixedT(null, namespace) as unknown as (...args: unknown[]) => unknown;
    const direct = (...args: unknown[]) => readDirectly(namespace, args) ?? translate(...args);
    t = direct as unknown as TFunction;
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
