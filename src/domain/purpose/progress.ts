import { purposeItems } from './items';
import type { Purpose } from './schema';

/** The purpose step is done when every item is written. */
export function isPurposeComplete(purpose: Purpose): boolean {
  return purposeItems.every((item) => purpose[item].trim() !== '');
}

export function missingPurposeItems(purpose: Purpose) {
  return purposeItems.filter((item) => purpose[item].trim() === '');
}
