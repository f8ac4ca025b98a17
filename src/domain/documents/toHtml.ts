import type { DocumentBlock, FabrikDocument } from './model';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text, whatever it holds, stays text in HTML: everything written goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * The page allows nothing from elsewhere and runs no script: only its own styles and its
 * pictures written inside it. A file opened offline, or published as is, stays inert.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
body { margin: 0; font-family: Marianne, Arial, sans-serif; color: #161616; background: #fff; line-height: 1.5; }
main { max-width: 70rem; margin: 0 auto; padding: 1.5rem; }
h1, h2, h3, h4 { line-height: 1.25; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.5rem; }
th, td { border: 1px solid #929292; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
figure { margin: 1rem 0; }
img { max-width: 100%; height: auto; }
.generated { color: #3a3a3a; }
@media print { table { page-break-inside: auto; } tr { page-break-inside: avoid; } }
`;

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'heading': {
      // The page's title is its h1: the document's headings sit below it.
      const level = Math.min(6, block.level + 1);
      return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return [
        '<table>',
        `<caption>${escapeHtml(block.caption)}</caption>`,
        `<thead><tr>${block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          (row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
        ),
        '</tbody></table>',
      ].join('\n');
    case 'image':
      // The SVG goes in as an address, never as markup of the page: it cannot run anything.
      return `<figure><img src="${escapeHtml(svgDataUrl(block.svg))}" alt="${escapeHtml(block.alt)}"></figure>`;
  }
}

/**
 * A document as one static HTML page, to publish or to open offline: everything it needs is
 * inside (styles, pictures), it runs no script, and every text is escaped.
 */
export function documentHtml(
  document: FabrikDocument,
  options: { language: string; generated?: string },
): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    ...(options.generated ? [`<p class="generated">${escapeHtml(options.generated)}</p>`] : []),
    ...document.blocks.map(blockHtml),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
