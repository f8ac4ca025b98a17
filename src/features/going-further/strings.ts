import './i18n';
import { goingFurtherParts } from './parts';

/**
 * Loads the step's strings and every part's (each small): the screen's navigation names
 * every part, and the review and the version diff read them through the app's registry.
 */
export async function loadAllStrings(): Promise<true> {
  await Promise.all(goingFurtherParts.map((part) => part.strings()));
  return true;
}
