import { bundleToText, writeBundle, type BundleVersion } from '../domain/bundle/writeBundle';
import type { PrototypeContent } from '../domain/prototype/schema';
import type { Signoff } from '../domain/bundle/schema';
import { prototypeFileName } from './fileNames';

/** The app's version, written into every bundle. */
export const appVersion: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

/** The export file of a prototype (or of one of its versions): its name and its text. */
export async function bundleFile(
  prototype: PrototypeContent,
  signoffs: Signoff[] = [],
  now = new Date(),
  version?: BundleVersion,
) {
  const bundle = await writeBundle(prototype, { now, appVersion, signoffs, version });
  return { fileName: prototypeFileName(prototype.name, now, bundle), text: bundleToText(bundle) };
}
