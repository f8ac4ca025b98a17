import { decodeBundleBytes } from './guard';
import { readBundle, type BundleReadResult } from './readBundle';

/**
 * Reads a picked or dropped file's bytes as a bundle, and always answers: anything the
 * checks did not foresee refuses the file ("unreadable") instead of leaving it half read.
 * What the import runs in its worker (state/bundleReader.worker.ts).
 */
export async function readBundleBytes(bytes: Uint8Array): Promise<BundleReadResult> {
  try {
    const decoded = decodeBundleBytes(bytes);
    if (!decoded.ok) return decoded;
    return await readBundle(decoded.text);
  } catch {
    return { ok: false, error: { kind: 'unreadable' } };
  }
}
