import { contentHash } from '../../../src/domain/bundle/hash';
import type { Bundle } from '../../../src/domain/bundle/schema';
import { generateSigningKeyPair } from '../../../src/domain/review/keys';
import { createSignoff } from '../../../src/domain/review/sign';
import { stepHashesOf } from '../../../src/domain/review/stepHashes';
import type { SentFile } from './review';

const reread = (file: SentFile): Bundle => JSON.parse(file.text) as Bundle;
const written = (name: string, bundle: Bundle): SentFile => ({
  name,
  text: `${JSON.stringify(bundle, null, 2)}\n`,
});

/** The file with only its first `count` sign-offs: the chain cut at its end. */
export function cutAfter(file: SentFile, count: number, name: string): SentFile {
  const bundle = reread(file);
  return written(name, { ...bundle, signoffs: bundle.signoffs.slice(0, count) });
}

/**
 * What someone with the file and keys of their own can make: the content changed, hashed
 * again, and each sign-off signed again under the same reviewer's name with a new key.
 */
export async function resignedWithNewKeys(
  file: SentFile,
  edit: (prototype: Bundle['prototype']) => Bundle['prototype'],
  name: string,
): Promise<SentFile> {
  const bundle = reread(file);
  const prototype = edit(bundle.prototype);
  const hash = await contentHash(prototype);
  const signoffs: Bundle['signoffs'] = [];
  for (const signoff of bundle.signoffs) {
    signoffs.push(
      await createSignoff(signoff, {
        contentHash: hash,
        stepHashes: await stepHashesOf(prototype),
        previous: signoffs,
        submission: bundle.submission,
        version: bundle.version,
        key: await generateSigningKeyPair(),
        at: new Date(signoff.at),
      }),
    );
  }
  return written(name, {
    ...bundle,
    prototype,
    integrity: { ...bundle.integrity, contentHash: hash },
    signoffs,
  });
}
