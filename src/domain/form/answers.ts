/** The shapes of composite answers, shared by the renderer, the validators and the summary. */

export const identityParts = ['civility', 'lastName', 'firstNames', 'birthDate'] as const;
export const addressParts = ['line1', 'line2', 'postalCode', 'city'] as const;
export const civilities = ['madame', 'monsieur'] as const;
export const yesNoValues = ['yes', 'no'] as const;

export type IdentityPart = (typeof identityParts)[number];
export type AddressPart = (typeof addressParts)[number];

/** What the form keeps of an attached file (the file itself never leaves the browser). */
export interface AttachedFile {
  name: string;
  /** In bytes. */
  size: number;
  /** Media type, as the browser tells it ("" when it does not know). */
  type?: string;
}

export function isAttachedFile(value: unknown): value is AttachedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AttachedFile).name === 'string' &&
    Number.isSafeInteger((value as AttachedFile).size) &&
    (value as AttachedFile).size >= 0 &&
    ['string', 'undefined'].includes(typeof (value as AttachedFile).type)
  );
}

export function partsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
