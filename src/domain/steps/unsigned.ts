import { isRecord } from '../json';

/**
 * Content that travels in a prototype's file but that no sign-off covers: what « Pour aller
 * plus loin » records after the approval (the deployment, its tests, its launch, its
 * adoption). It is left out of the content hash and of the step hashes, so that drafting it
 * does not undo the approval it follows, and a verifier's signature keeps matching. A leaf
 * module: the hash reads it without loading the step registry.
 */
export const unsignedContentKeys: readonly string[] = ['goingFurther'];

const unsigned = new Set(unsignedContentKeys);

export const isSignedContentKey = (key: string): boolean => !unsigned.has(key);

/** What the sign-offs cover of a prototype's content: all of it but the unsigned keys. */
export function signedPart(content: unknown): unknown {
  if (!isRecord(content) || !unsignedContentKeys.some((key) => Object.hasOwn(content, key))) {
    return content;
  }
  return Object.fromEntries(Object.entries(content).filter(([key]) => isSignedContentKey(key)));
}
