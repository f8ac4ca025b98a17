import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Actor } from '../../../domain/going-further/operations/actors';
import { raciDocument } from '../../../domain/going-further/operations/document';
import type { Operation } from '../../../domain/going-further/operations/schema';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { LazyDocument } from '../LazyDocument';
import { useDocumentWords } from '../useDocumentWords';

/** The RACI as a document to print, or download as DOCX and CSV; read here when unfolded. */
export function RaciDocument({
  operations,
  actors,
}: {
  operations: readonly Operation[];
  actors: readonly Actor[];
}) {
  const { t } = useTranslation('goingFurther-operations');
  const words = useDocumentWords('goingFurther-operations');
  const name = useEditorStore((state) => state.prototype?.name ?? '');
  const doc = useMemo(
    () => raciDocument(name, operations, actors, words),
    [name, operations, actors, words],
  );
  return (
    <section className="going-further__document" aria-labelledby="raci-document">
      <h3 id="raci-document">{t('document.show')}</h3>
      <DocumentActions document={doc} fileName={t('document.fileName')} />
      <LazyDocument document={doc} />
    </section>
  );
}
