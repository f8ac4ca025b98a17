import { contentOf } from '../prototype/model';
import { prototypeContentSchema, type PrototypeContent } from '../prototype/schema';
import { BUNDLE_FORMAT, CURRENT_FORMAT_VERSION } from './format';
import { contentHash } from './hash';
import type { Bundle, Signoff } from './schema';

export type BundleVersion = NonNullable<Bundle['version']>;

export interface BundleOptions {
  now: Date;
  appVersion: string;
  signoffs?: Signoff[];
  /** The version being exported, if the file is made from one. */
  version?: BundleVersion;
  /** The referent's submission, when the file is sent for review. */
  submission?: Bundle['submission'];
}

/**
 * The content a bundle carries: the prototype's content as its schema reads it (names
 * trimmed, defaults filled), so that importing the file gives back exactly what was hashed
 * and signed. Content the schema refuses is written as it is (the import will say why).
 */
export function exportedContent(prototype: PrototypeContent): PrototypeContent {
  const content = contentOf(prototype);
  const parsed = prototypeContentSchema.safeParse(content);
  return parsed.success ? parsed.data : content;
}

/** Builds the export bundle of DESIGN.md for a prototype. */
export async function writeBundle(
  prototype: PrototypeContent,
  { now, appVersion, signoffs = [], version, submission }: BundleOptions,
): Promise<Bundle> {
  const content = exportedContent(prototype);
  return {
    format: BUNDLE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'fabrik', version: appVersion },
    prototype: content,
    integrity: {
      algorithm: 'SHA-256',
      canonicalization: 'RFC 8785',
      contentHash: await contentHash(content),
    },
    ...(version ? { version } : {}),
    ...(submission ? { submission } : {}),
    signoffs,
  };
}

export function bundleToText(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/**
 * `<name>[-<what>]-<date>.fabrik.json`: `what` names the kind of file (« soumission-2 »,
 * « v2-verifie »…) in the interface's words, so that a plain export is never sent for a
 * submission by mistake. The name is safe on every file system.
 */
export function bundleFileName(name: string, now: Date, what?: string): string {
  const slug = (text: string, max: number) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '');
  const kind = what ? slug(what, 30) : '';
  return `${slug(name, 60) || 'prototype'}${kind ? `-${kind}` : ''}-${now.toISOString().slice(0, 10)}.fabrik.json`;
}
