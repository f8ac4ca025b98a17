import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FabrikDocument } from '../../../src/domain/documents/model';
import { DocumentActions } from '../../../src/ui/documents/DocumentActions';
import { DocumentView } from '../../../src/ui/documents/DocumentView';
import { docxAltTexts, docxText } from '../../support/docxText';

const doc: FabrikDocument = {
  title: 'Cadrage du projet',
  blocks: [
    { kind: 'heading', level: 1, text: 'Qui' },
    { kind: 'paragraph', text: '<img src=x onerror=alert(1)>' },
    { kind: 'heading', level: 2, text: 'Parties prenantes' },
    { kind: 'list', ordered: true, items: ['Agents', 'Élus'] },
    {
      kind: 'table',
      caption: 'Objectifs',
      columns: ['Objectif', 'Indicateur'],
      rows: [['Délais', 'Jours']],
    },
    { kind: 'table', caption: 'Budget', columns: ['Poste', 'Montant'], rows: [] },
    { kind: 'image', alt: 'Le circuit', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
  ],
};

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.className = '';
});

describe('DocumentView', () => {
  it('puts the document’s headings under the page’s own heading', () => {
    render(<DocumentView document={doc} />);
    expect(screen.getByRole('article', { name: 'Cadrage du projet' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Cadrage du projet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Qui' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 4, name: 'Parties prenantes' }),
    ).toBeInTheDocument();
  });

  it('starts from the level it is given', () => {
    render(<DocumentView document={doc} titleLevel={1} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cadrage du projet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Qui' })).toBeInTheDocument();
  });

  it('shows typed markup as text', () => {
    const { container } = render(<DocumentView document={doc} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  it('reads tables by their caption and column headers, lists as lists, pictures by their text', () => {
    render(<DocumentView document={doc} />);
    const table = screen.getByRole('table', { name: 'Objectifs' });
    expect(within(table).getByRole('columnheader', { name: 'Indicateur' })).toHaveAttribute(
      'scope',
      'col',
    );
    expect(within(table).getByRole('cell', { name: 'Jours' })).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('img', { name: 'Le circuit' }).getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;charset=utf-8,%3Csvg/,
    );
  });
});

describe('DocumentActions', () => {
  it('offers one CSV per table, named after its caption', () => {
    render(<DocumentActions document={doc} fileName="cadrage" />);
    const group = screen.getByRole('group', { name: 'Exporter « Cadrage du projet »' });
    expect(within(group).getByRole('button', { name: 'Imprimer / PDF' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Télécharger (DOCX)' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'CSV : Objectifs' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'CSV : Budget' })).toBeInTheDocument();
  });

  it('prints the document alone, then takes the print sheet away', async () => {
    // jsdom draws no pictures: they are ready at once.
    HTMLImageElement.prototype.decode = () => Promise.resolve();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.documentElement).toHaveClass('document-printing');
      const sheet = document.querySelector('body > .document-print-sheet');
      expect(sheet).not.toBeNull();
      expect(
        within(sheet as HTMLElement).getByRole('heading', { level: 1, name: 'Cadrage du projet' }),
      ).toBeInTheDocument();
    });
    render(<DocumentActions document={doc} fileName="cadrage" />);
    await userEvent.click(screen.getByRole('button', { name: 'Imprimer / PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(document.querySelector('.document-print-sheet')).toBeNull());
    expect(document.documentElement).not.toHaveClass('document-printing');
  });

  it('downloads a table as CSV named after the document and the table', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    render(<DocumentActions document={doc} fileName="cadrage" />);
    await userEvent.click(screen.getByRole('button', { name: 'CSV : Objectifs' }));
    await waitFor(() => expect(names).toEqual(['cadrage-objectifs.csv']));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    // The BOM French Excel needs, then the table (decoding UTF-8 drops the BOM).
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Objectif;Indicateur\r\nDélais;Jours\r\n');
  });

  it('downloads the DOCX, with a picture’s text in its place when it cannot be drawn', async () => {
    // jsdom draws no picture, as a browser that cannot draw an SVG.
    HTMLImageElement.prototype.decode = () => Promise.reject(new Error('no drawing'));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:docx';
    });
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    render(<DocumentActions document={doc} fileName="cadrage" />);
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger (DOCX)' }));
    await waitFor(() => expect(names).toEqual(['cadrage.docx']));
    expect(screen.getByRole('button', { name: 'Télécharger (DOCX)' })).toBeEnabled();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    const text = await docxText(bytes);
    expect(text).toContain('Parties prenantes');
    expect(text).toContain('Le circuit');
    expect(await docxAltTexts(bytes)).toEqual([]);
    expect(blobs[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
});
