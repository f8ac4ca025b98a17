import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FabrikDocument } from '../../../src/domain/documents/model';
import { DocumentActions } from '../../../src/ui/documents/DocumentActions';

/** How many times the DOCX writer's module has been loaded in this file. */
const writer = vi.hoisted(() => ({ loads: 0 }));

vi.mock('../../../src/domain/documents/toDocx', async (importOriginal) => {
  writer.loads += 1;
  return importOriginal();
});

const doc: FabrikDocument = {
  title: 'Plan de tests',
  blocks: [{ kind: 'paragraph', text: 'Un cas' }],
};

describe('DocumentActions’ DOCX writer', () => {
  it('is loaded while the page is idle, before anyone asks for the DOCX', async () => {
    render(<DocumentActions document={doc} fileName="plan" />);
    expect(screen.getByRole('button', { name: 'Télécharger (DOCX)' })).toBeEnabled();
    expect(writer.loads).toBe(0);
    await waitFor(() => expect(writer.loads).toBe(1));
  });
});
