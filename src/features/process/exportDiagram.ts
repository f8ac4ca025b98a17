import { bundleFileName } from '../../domain/bundle/fileName';
import { downloadFile } from '../../ui/download';
import type { DiagramEditor } from './editor/types';

export type ExportFormat = 'bpmn' | 'svg' | 'png';

/** `<prototype>-<date>-processus.<ext>`, safe on every file system. */
function fileName(prototypeName: string, extension: string): string {
  const base = bundleFileName(prototypeName, new Date()).replace(/\.fabrik\.json$/, '');
  return `${base}-processus.${extension}`;
}

/** Draws the SVG on a canvas at twice its size, for a sharp image in the sign-off file. */
async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.ceil(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers the diagram as a file: BPMN 2.0 for other tools, SVG or PNG for documents. */
export async function exportDiagram(
  editor: DiagramEditor,
  format: ExportFormat,
  prototypeName: string,
): Promise<void> {
  if (format === 'bpmn') {
    downloadFile(fileName(prototypeName, 'bpmn'), await editor.saveXml(), 'application/xml');
    return;
  }
  const svg = await editor.svg();
  if (format === 'svg') {
    downloadFile(fileName(prototypeName, 'svg'), svg, 'image/svg+xml');
    return;
  }
  downloadFile(fileName(prototypeName, 'png'), await svgToPng(svg), 'image/png');
}
