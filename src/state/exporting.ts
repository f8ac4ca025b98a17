import { bundleFileName, bundleToText, writeBundle } from '../domain/bundle/writeBundle';
import type { PrototypeContent } from '../domain/prototype/schema';
import type { Signoff } from '../domain/bundle/schema';

/** The app's version, written into every bundle. */
export const appVersion: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

/** The export file of a prototype: its name and its text. */
export async function bundleFile(
  prototype: PrototypeContent,
  signoffs: Signoff[] = [],
  now = new Date(),
) {
  const bundle = await writeBundle(prototype, { now, appVersion, signoffs });
  return { fileName: bundleFileName(prototype.name, now), text: bundleToText(bundle) };
}
