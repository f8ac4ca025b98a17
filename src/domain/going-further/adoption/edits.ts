import * as shared from '../editedParts';
import type { Adoption } from './schema';

// The mechanism is shared by every part of « Pour aller plus loin » (../editedParts); these
// bind it to the adoption part, so that `{}` reads as an adoption with no edit yet.
export { resolvePart, type ResolvedPart } from '../editedParts';

export const editPart = (
  adoption: Adoption,
  args: { key: string; text: string; generated: string },
): Adoption => shared.editPart(adoption, args);

export const keepEditedPart = (
  adoption: Adoption,
  args: { key: string; generated: string },
): Adoption => shared.keepEditedPart(adoption, args);

export const dropEditedPart = (adoption: Adoption, args: { key: string }): Adoption =>
  shared.dropEditedPart(adoption, args);
