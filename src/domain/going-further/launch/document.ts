import type { FabrikDocument } from '../../documents/model';
import type { DocumentWords } from '../words';
import { launchChecklists, launchPhases } from './lists';
import type { Launch } from './schema';

/** The launch's checklists as a document: each phase, each item done or not, with its note. */
export function launchDocument(name: string, launch: Launch, { t }: DocumentWords): FabrikDocument {
  return {
    title: t('document.title', { name }),
    blocks: launchPhases.flatMap((phase) => {
      const checklist: Partial<Record<string, { done: boolean; note: string }>> = launch[phase];
      return [
        { kind: 'heading' as const, level: 1 as const, text: t(`phases.${phase}`) },
        {
          kind: 'list' as const,
          items: launchChecklists[phase].map((item) => {
            const state = checklist[item];
            const line = t(state?.done ? 'document.done' : 'document.notDone', {
              item: t(`items.${phase}.${item}`),
            });
            const note = state?.note.trim();
            return note ? t('document.withNote', { line, note }) : line;
          }),
        },
      ];
    }),
  };
}
