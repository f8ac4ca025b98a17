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
  size: number;
  type: string;
}

export function isAttachedFile(value: unknown): value is AttachedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AttachedFile).name === 'string' &&
    typeof (value as AttachedFile).size === 'number'
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
