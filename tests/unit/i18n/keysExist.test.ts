// @vitest-environment jsdom
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../../src/ui/i18n/i18n';

// Every module that registers strings, so that every namespace is known.
const registering = import.meta.glob(['../../../src/**/i18n.ts', '../../../src/**/i18n/index.ts']);
const extra = import.meta.glob([
  '../../../src/ui/requester-form/readinessMessages.ts',
  '../../../src/ui/signoffs/trustI18n.ts',
]);

const srcDir = join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

interface KeyUse {
  file: string;
  namespace: string;
  key: string;
  /** A template literal's fixed start: only the part before `${` is known. */
  prefixOnly: boolean;
}

/** The translation calls of one file whose namespace can be read from the file itself. */
function keyUses(file: string): KeyUse[] {
  const text = readFileSync(file, 'utf8');
  const bindings = new Map<string, string>();
  for (const match of text.matchAll(
    /const \{\s*t(?:\s*:\s*(\w+))?[^}]*\}\s*=\s*useTranslation\(\s*(?:'([\w-]+)')?\s*\)/g,
  )) {
    bindings.set(match[1] ?? 't', match[2] ?? 'common');
  }
  for (const match of text.matchAll(
    /const (\w+) = \([^)]*\)[^=]*=>\s*i18n\.t\(`(\w+):\$\{key\}`/g,
  )) {
    bindings.set(match[1]!, match[2]!);
  }
  const uses: KeyUse[] = [];
  for (const [name, namespace] of bindings) {
    const call = new RegExp(`(?<![\\w.])${name}\\(\\s*(?:'([^']+)'|\`([^\`]+)\`)`, 'g');
    for (const match of text.matchAll(call)) {
      const literal = match[1];
      const template = match[2];
      const raw = literal ?? template!.split('${')[0]!;
      const [ns, key] = raw.includes(':') ? raw.split(':') : [namespace, raw];
      uses.push({
        file: relative(srcDir, file),
        namespace: ns!,
        key: key!,
        prefixOnly: literal === undefined && template!.includes('${'),
      });
    }
  }
  return uses;
}

function lookup(language: string, namespace: string, key: string): unknown {
  const bundle: unknown = i18n.getResourceBundle(language, namespace);
  return key
    .replace(/\.$/, '')
    .split('.')
    .filter(Boolean)
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      bundle,
    );
}

/** A key resolves to a string, or to plural forms, or (for a template's start) to a group. */
function resolves(language: string, use: KeyUse): boolean {
  if (use.prefixOnly) {
    const value =
      use.key.endsWith('.') || use.key === ''
        ? lookup(language, use.namespace, use.key)
        : undefined;
    if (value !== undefined) return typeof value === 'object';
    // A template such as `status.${kind}Label` only fixes the start: some key must begin so.
    const parent = use.key.includes('.') ? use.key.slice(0, use.key.lastIndexOf('.')) : '';
    const stem = use.key.slice(use.key.lastIndexOf('.') + 1);
    const group = parent
      ? lookup(language, use.namespace, parent)
      : i18n.getResourceBundle(language, use.namespace);
    return (
      group !== null &&
      typeof group === 'object' &&
      Object.keys(group).some((name) => name.startsWith(stem))
    );
  }
  const value = lookup(language, use.namespace, use.key);
  if (typeof value === 'string') return true;
  return ['one', 'other'].every(
    (form) => typeof lookup(language, use.namespace, `${use.key}_${form}`) === 'string',
  );
}

describe('every translation key used in the code', () => {
  it('exists in French and in English', async () => {
    await Promise.all(
      [...Object.values(registering), ...Object.values(extra)].map((load) => load()),
    );
    initI18n('fr');
    const uses = sourceFiles(srcDir).flatMap(keyUses);
    // The scan must find the calls, or this test would prove nothing.
    expect(uses.length).toBeGreaterThan(500);
    const missing = uses.flatMap((use) =>
      ['fr', 'en']
        .filter((language) => !resolves(language, use))
        .map(
          (language) =>
            `${language} ${use.namespace}:${use.key}${use.prefixOnly ? '…' : ''} (${use.file})`,
        ),
    );
    expect(missing).toEqual([]);
  });
});
