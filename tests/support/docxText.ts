import JSZip from 'jszip';

/** One paragraph of a DOCX as a reader sees it: its text and its Word style, if any. */
export interface DocxParagraph {
  style?: string;
  text: string;
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => entities[entity] ?? entity);
}

/** The main part of a DOCX, as Word reads it. */
export async function docxDocumentXml(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('Not a DOCX: word/document.xml is missing');
  return part.async('string');
}

/** The paragraphs of a DOCX in order (table cells included), with their style. */
export async function docxParagraphs(bytes: Uint8Array | ArrayBuffer): Promise<DocxParagraph[]> {
  const xml = await docxDocumentXml(bytes);
  return Array.from(xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g), ([paragraph]) => {
    const style = /<w:pStyle w:val="([^"]*)"/.exec(paragraph)?.[1];
    const text = Array.from(
      paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g),
      ([whole, content]) =>
        content !== undefined ? unescapeXml(content) : whole === '<w:tab/>' ? '\t' : '\n',
    ).join('');
    return style ? { style, text } : { text };
  });
}

/** A DOCX's text, one paragraph a line: what a person reading it would find. */
export async function docxText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  return (await docxParagraphs(bytes)).map((paragraph) => paragraph.text).join('\n');
}

/** The text of each picture of a DOCX (Word's « Texte de remplacement »). */
export async function docxAltTexts(bytes: Uint8Array | ArrayBuffer): Promise<string[]> {
  const xml = await docxDocumentXml(bytes);
  return Array.from(xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g), ([, descr]) =>
    unescapeXml(descr ?? ''),
  );
}
