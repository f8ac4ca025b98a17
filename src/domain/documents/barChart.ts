/** One bar: its label and its value (0 to `max`). */
export interface Bar {
  label: string;
  value: number;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text inside the SVG stays text: labels may come from what a user typed. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

const ROW = 32;
const LABEL_WIDTH = 200;
const BAR_WIDTH = 320;
const VALUE_WIDTH = 80;
/** Labels longer than this are cut: the table beside the chart has them whole. */
const MAX_LABEL = 28;

/**
 * A horizontal bar chart as a standalone SVG document, for a document's picture: one
 * row per bar, its label on the left, its value (with `unit`) at the end of the bar. Its
 * size is set, so that it can be drawn as PNG for Word. Dark on white, for paper.
 */
export function barChartSvg(bars: readonly Bar[], options: { max: number; unit: string }): string {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = Math.max(1, bars.length) * ROW + 8;
  const rows = bars.map((bar, index) => {
    const y = 4 + index * ROW;
    const share = Math.min(1, Math.max(0, bar.value / options.max || 0));
    const length = Math.round(share * BAR_WIDTH);
    const label =
      bar.label.length > MAX_LABEL ? `${bar.label.slice(0, MAX_LABEL - 1)}…` : bar.label;
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 20}" text-anchor="end">${escapeXml(label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 6}" width="${length}" height="${ROW - 12}" fill="#000091"/>`,
      `<text x="${LABEL_WIDTH + length + 6}" y="${y + 20}">${escapeXml(`${bar.value} ${options.unit}`)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, sans-serif" font-size="14" fill="#161616">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...rows,
    '</svg>',
  ].join('');
}
