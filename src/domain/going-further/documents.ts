import type { FabrikDocument } from '../documents/model';
import type { PrototypeContent } from '../prototype/schema';
import type { GoingFurtherPart } from './schema';
import type { DocumentWords } from './words';

/** A part's documents drafted from a prototype's content, in the words of the part's strings. */
export type PartDocuments = (
  content: PrototypeContent,
  words: DocumentWords,
) => Promise<FabrikDocument[]>;

/**
 * What the review's dossier shows of each part of « Pour aller plus loin », loaded on demand;
 * a part with no entry is named by its label only. A part adds its line here.
 */
export const partDocuments: Partial<Record<GoingFurtherPart, () => Promise<PartDocuments>>> = {
  operations: async () => (await import('./operations/dossier')).operationsDossier,
  calendar: async () => (await import('./calendar/dossier')).calendarDossier,
  launch: async () => (await import('./launch/dossier')).launchDossier,
  adoption: async () => (await import('./adoption/dossier')).adoptionDossier,
};
