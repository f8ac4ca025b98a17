import type { FabrikDocument } from '../../domain/documents/model';
import type { RasterImage } from '../../domain/documents/toDocx';
import { rasteriseSvg } from './svgImage';

/**
 * The PNG of each picture of a document, by block index, for the DOCX writer. A picture
 * that cannot be drawn is left out: the DOCX then carries its text instead.
 */
export async function documentImages(doc: FabrikDocument): Promise<Map<number, RasterImage>> {
  const images = new Map<number, RasterImage>();
  await Promise.all(
    doc.blocks.map(async (block, index) => {
      if (block.kind !== 'image') return;
      try {
        images.set(index, await rasteriseSvg(block.svg));
      } catch {
        // Written as text in the DOCX; nothing else to do.
      }
    }),
  );
  return images;
}
