/**
 * A document Fabrik drafts from a prototype (the RACI, the calendar, the deployment request,
 * the production test plan, a training guide, the pilot report…). Generators are pure
 * functions that return this plain data; one view reads it on screen and prints it, one
 * writer turns it into DOCX, and each of its tables can be saved as CSV. Text is text: no
 * block carries HTML, so nothing a user typed is ever injected as markup.
 */
export type DocumentBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered?: boolean; items: string[] }
  | {
      kind: 'table';
      /** Names the table on screen, in the DOCX and in the CSV file's name. */
      caption: string;
      columns: string[];
      rows: string[][];
    }
  | {
      kind: 'image';
      /** Said by a screen reader and written in the DOCX: every picture has its text. */
      alt: string;
      /** A standalone SVG document (e.g. the diagram rendered by bpmn-js). */
      svg: string;
    };

export interface FabrikDocument {
  title: string;
  blocks: DocumentBlock[];
}
