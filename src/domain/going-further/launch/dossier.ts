import type { PrototypeContent } from '../../prototype/schema';
import type { DocumentWords } from '../words';
import { launchDocument } from './document';

/** The launch checklists of a content, as the dossier shows them. */
export async function launchDossier(content: PrototypeContent, words: DocumentWords) {
  const launch = content.goingFurther?.launch ?? { pilot: {}, open: {} };
  return Promise.resolve([launchDocument(content.name, launch, words)]);
}
