import { describe, expect, it } from 'vitest';
import type { FabrikDocument } from '../../../src/domain/documents/model';
import { documentToDocx } from '../../../src/domain/documents/toDocx';
import { docxAltTexts, docxDocumentXml, docxParagraphs, docxText } from '../../support/docxText';
import JSZip from 'jszip';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400"/></svg>';

/** The smallest valid PNG: one transparent pixel. */
const onePixelPng = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);

const raci: FabrikDocument = {
  title: 'Déploiement — RACI',
  blocks: [
    { kind: 'heading', level: 1, text: 'Opérations' },
    { kind: 'paragraph', text: 'Qui fait quoi,\nopération par opération.' },
    { kind: 'list', items: ['Installation', 'Formation'] },
    { kind: 'list', ordered: true, items: ['Pilote', 'Généralisation'] },
    { kind: 'heading', level: 2, text: 'Matrice <R&A>' },
    {
      kind: 'table',
      caption: 'Matrice RACI',
      columns: ['Opération', 'Responsable'],
      rows: [
        ['Installation', 'DSI'],
        ['Formation', 'Agent « instructeur »'],
      ],
    },
    { kind: 'heading', level: 3, text: 'Circuit' },
    { kind: 'image', alt: 'Le circuit de traitement, de la demande à la décision', svg },
  ],
};

describe('documentToDocx', () => {
  it('writes the title and the headings in Word’s own heading styles', async () => {
    const paragraphs = await docxParagraphs(await documentToDocx(raci));
    expect(paragraphs).toContainEqual({ style: 'Title', text: 'Déploiement — RACI' });
    expect(paragraphs).toContainEqual({ style: 'Heading1', text: 'Opérations' });
    expect(paragraphs).toContainEqual({ style: 'Heading2', text: 'Matrice <R&A>' });
    expect(paragraphs).toContainEqual({ style: 'Heading3', text: 'Circuit' });
  });

  it('keeps paragraphs, line breaks and list items as text', async () => {
    const text = await docxText(await documentToDocx(raci));
    expect(text).toContain('Qui fait quoi,\nopération par opération.');
    for (const item of ['Installation', 'Formation', 'Pilote', 'Généralisation']) {
      expect(text).toContain(item);
    }
  });

  it('writes each table with its caption and a header row that repeats on every page', async () => {
    const bytes = await documentToDocx(raci);
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toContainEqual({ style: 'Caption', text: 'Matrice RACI' });
    const xml = await docxDocumentXml(bytes);
    const rows = Array.from(xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g), ([row]) => row);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('Opération');
    expect(rows[2]).toContain('Agent « instructeur »');
    expect(rows[2]).not.toContain('<w:tblHeader/>');
  });

  it('writes a picture with its text when the browser drew its PNG', async () => {
    const bytes = await documentToDocx(raci, {
      images: new Map([[7, { png: onePixelPng, width: 800, height: 400 }]]),
    });
    expect(await docxAltTexts(bytes)).toEqual([
      'Le circuit de traitement, de la demande à la décision',
    ]);
    const media = Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) =>
      name.startsWith('word/media/'),
    );
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
  });

  it('writes the picture’s text in its place when there is no PNG to fall back on', async () => {
    const bytes = await documentToDocx(raci);
    expect(await docxAltTexts(bytes)).toEqual([]);
    expect(await docxText(bytes)).toContain(
      'Le circuit de traitement, de la demande à la décision',
    );
  });

  it('names Fabrik as the author and the document’s title as the file’s title', async () => {
    const zip = await JSZip.loadAsync(await documentToDocx(raci));
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('<dc:creator>Fabrik</dc:creator>');
    expect(core).toContain('<dc:title>Déploiement — RACI</dc:title>');
  });
});
