import { canonicalJson, sha256Hex } from '../bundle/hash';
import { isRecord } from '../json';
import { stepIds, type StepId } from '../steps/ids';
import { stepRegistry, type StepContentKey, type StepDefinition } from '../steps/registry';
import { isSignedContentKey } from '../steps/unsigned';

export type { StepContentKey };

/** The content keys each step's hash covers, as the step registry says, the unsigned ones aside. */
export function contentKeysOfStep(step: StepId): readonly StepContentKey[] {
  return stepRegistry[step].contentKeys.filter(isSignedContentKey);
}

/** The SHA-256 of each step's content, by step id: what a sign-off signs beside the whole hash. */
export type StepHashes = Record<string, string>;

/** The steps that have signed content of their own, in step order. */
export const hashedSteps: readonly StepId[] = stepIds.filter(
  (step) => contentKeysOfStep(step).length > 0,
);

/**
 * Hashes each step's part of a prototype's content (RFC 8785 canonical JSON of its keys),
 * as the file carries it: the content may come from an untrusted file, so it is read as
 * unknown, a missing key counting as null (one added later is left out, as it was then).
 */
export async function stepHashesOf(content: unknown): Promise<StepHashes> {
  const record = isRecord(content) ? content : {};
  const entries = await Promise.all(
    hashedSteps.map(async (step) => {
      const later = new Set<string>((stepRegistry[step] as StepDefinition).laterContentKeys ?? []);
      const part = Object.fromEntries(
        contentKeysOfStep(step)
          .filter((key) => Object.hasOwn(record, key) || !later.has(key))
          .map((key) => [key, Object.hasOwn(record, key) ? record[key] : null]),
      );
      return [step, await sha256Hex(canonicalJson(part))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * The steps whose content differs between what a sign-off signed and what the file holds,
 * in step order; null when it cannot be told (an older sign-off with no step hashes, or one
 * that hashed fewer steps and differs in none of them). An empty list means that no step
 * changed: what differs is outside them (the prototype's identifier).
 */
export function changedSteps(signed: StepHashes | undefined, actual: StepHashes): StepId[] | null {
  if (!signed) return null;
  const compared = hashedSteps.filter(
    (step) => Object.hasOwn(signed, step) && Object.hasOwn(actual, step),
  );
  const changed = compared.filter((step) => signed[step] !== actual[step]);
  const unknown = hashedSteps.some((step) => !compared.includes(step));
  return changed.length === 0 && unknown ? null : changed;
}
