import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FabrikDocument } from '../../../src/domain/documents/model';
import { DocumentActions } from '../../../src/ui/documents/DocumentActions';

/** How many times the DOCX writer's module has been loaded in this file (once at most). */
const writer = vi.hoisted(() => ({ loads: 0 }));

vi.mock('../../../src/domain/documents/toDocx', async (importOriginal) => {
  writer.loads += 1;
  return importOriginal();
});

const doc: FabrikDocument = {
  title: 'Plan de tests',
  blocks: [{ kind: 'paragraph', text: 'Un cas' }],
};

/** Longer than the page's idle moment stands for in jsdom (src/ui/whenIdle.ts). */
const idleWait = () => new Promise((resolve) => setTimeout(resolve, 400));

afterEach(() => vi.restoreAllMocks());

// In this order: the module, once loaded, stays loaded.
describe('DocumentActions’ DOCX writer', () => {
  it('is left until asked for while the browser is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<DocumentActions document={doc} fileName="plan" />);
    await idleWait();
    expect(writer.loads).toBe(0);
  });

  it('is loaded while the page is idle, before anyone asks for the DOCX', async () => {
    render(<DocumentActions document={doc} fileName="plan" />);
    expect(screen.getAllByRole('button', { name: 'Télécharger (DOCX)' })[0]).toBeEnabled();
    expect(writer.loads).toBe(0);
    await waitFor(() => expect(writer.loads).toBe(1));
  });
});
