import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocumentBlock, FabrikDocument } from './model';

/** A picture drawn as PNG by the browser, with the size it is shown at (CSS pixels). */
export interface RasterImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DocxOptions {
  /**
   * The PNG of each picture, by block index: Word needs one beside every SVG for the
   * versions that cannot show SVG. A picture without one is written as its text.
   */
  images?: ReadonlyMap<number, RasterImage>;
}

/** The width of an A4 page between Word's default margins, in pixels at 96 to the inch. */
const PAGE_WIDTH_PX = 600;

const ORDERED_LIST = 'fabrik-ordered-list';

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A text's line breaks stay line breaks in Word. */
function runs(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, break: index === 0 ? 0 : 1, ...options }));
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: runs(text, { bold: header }) })] });
}

function table(block: Extract<DocumentBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column) => cell(column, true)),
  });
  const body = block.rows.map(
    (row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text, false)) }),
  );
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: runs(block.caption) }),
    new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
    // Word joins two tables that touch: a paragraph keeps the next one apart.
    new Paragraph({}),
  ];
}

function image(
  block: Extract<DocumentBlock, { kind: 'image' }>,
  raster: RasterImage | undefined,
): Paragraph {
  if (!raster) return new Paragraph({ children: runs(block.alt, { italics: true }) });
  const scale = Math.min(1, PAGE_WIDTH_PX / raster.width);
  const picture: ParagraphChild = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(block.svg),
    fallback: { type: 'png', data: raster.png },
    transformation: {
      width: Math.round(raster.width * scale),
      height: Math.round(raster.height * scale),
    },
    altText: { name: block.alt.slice(0, 60), description: block.alt, title: block.alt },
  });
  return new Paragraph({ children: [picture] });
}

function blockContent(
  block: DocumentBlock,
  index: number,
  options: DocxOptions,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text) })];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item),
            // Each ordered list is its own instance, so that it counts from 1 again.
            ...(block.ordered
              ? { numbering: { reference: ORDERED_LIST, level: 0, instance: index } }
              : { bullet: { level: 0 } }),
          }),
      );
    case 'table':
      return table(block);
    case 'image':
      return [image(block, options.images?.get(index))];
  }
}

/**
 * Writes a drafted document as DOCX: its title and headings in Word's own heading styles
 * (so Word's navigation pane and table of contents find them), captioned tables whose
 * header row repeats on every page, pictures with their text, and « Fabrik » as author.
 */
export async function documentToDocx(
  doc: FabrikDocument,
  options: DocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const file = new Document({
    title: doc.title,
    creator: 'Fabrik',
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) }),
          ...doc.blocks.flatMap((block, index) => blockContent(block, index, options)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
