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
