import type { RasterImage } from '../../domain/documents/toDocx';

/**
 * An SVG document as an image address. A data URL needs no clean-up and the CSP allows
 * `img-src data:`; an SVG shown through <img> runs no script, whatever it holds.
 */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Beyond this, a diagram is scaled down: Word gains nothing from a larger bitmap. */
const MAX_SIDE = 2000;
/** Drawn at twice its size, so that the fallback stays sharp when Word prints it. */
const SHARPNESS = 2;

/**
 * Draws an SVG into a PNG in the browser: the DOCX writer needs one beside every SVG for
 * the Word versions that cannot show SVG. Fails when the SVG cannot be drawn (no size,
 * unsupported content), and the caller writes the picture's text instead.
 */
export async function rasteriseSvg(svg: string): Promise<RasterImage> {
  const image = new Image();
  image.src = svgDataUrl(svg);
  await image.decode();
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  if (!width || !height) throw new Error('SVG without a size');
  const scale = Math.min(SHARPNESS, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // Transparent areas would print black in some Word viewers.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}
