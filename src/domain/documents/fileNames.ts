/** A part of a file name that every system accepts: no accents, spaces or punctuation. */
function slug(text: string, max: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** « raci » → raci.docx. */
export function docxFileName(fileName: string): string {
  return `${slug(fileName, 60) || 'document'}.docx`;
}

/** A table's CSV is named after its document and its caption: raci-matrice-raci.csv. */
export function csvFileName(fileName: string, caption: string): string {
  const table = slug(caption, 40);
  return `${slug(fileName, 60) || 'document'}${table ? `-${table}` : ''}.csv`;
}
