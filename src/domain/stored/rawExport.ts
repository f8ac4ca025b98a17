import { bundleFileName } from '../bundle/fileName';

/**
 * A stored row that cannot be read, as a file: its raw content, so nothing is lost and
 * someone can repair it by hand. Not a bundle: it is named so it is not mistaken for one.
 */
export function rawExport(label: string, raw: unknown, now: Date) {
  return {
    fileName: bundleFileName(label, now).replace(/\.fabrik\.json$/, '.contenu-brut.json'),
    text: `${JSON.stringify(raw, null, 2)}\n`,
  };
}
