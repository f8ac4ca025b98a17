import { useState } from 'react';
import type { FabrikDocument } from '../../domain/documents/model';
import { DocumentView } from '../../ui/documents/DocumentView';

/**
 * A document to unfold and read here; it is drawn only once unfolded, so a long RACI or
 * calendar is not drawn twice on every edit while nobody reads it.
 */
export function LazyDocument({ document }: { document: FabrikDocument }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{document.title}</summary>
      {open && <DocumentView document={document} titleLevel={4} />}
    </details>
  );
}
