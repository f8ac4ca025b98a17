import { useState } from 'react';
import type { FabrikDocument } from '../../../domain/documents/model';
import { DocumentView } from '../../../ui/documents/DocumentView';

/**
 * A long document read on demand: drawn only once opened, so that a plan of 200 cases does
 * not cost its whole text on every result recorded. Printing and exports do not need it open.
 */
export function FoldedDocument({ document, label }: { document: FabrikDocument; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="production__document"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{label}</summary>
      {open && <DocumentView document={document} titleLevel={4} />}
    </details>
  );
}
