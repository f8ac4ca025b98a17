import { useEffect, useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from '../i18n/useTranslation';
import { csvFileName, docxFileName } from '../../domain/documents/fileNames';
import type { DocumentBlock, FabrikDocument } from '../../domain/documents/model';
import { downloadFile } from '../download';
import { whenIdle } from '../whenIdle';
import { DocumentView } from './DocumentView';
import { documentImages } from './documentImages';
import './documents.css';
import './i18n';

type TableBlock = Extract<DocumentBlock, { kind: 'table' }>;

interface DocumentActionsProps {
  document: FabrikDocument;
  /** The downloaded files' name without extension (« raci » gives raci.docx, raci-<table>.csv). */
  fileName: string;
}

/** On <html> while one document is being printed: the print stylesheet then shows only it. */
const PRINTING_CLASS = 'document-printing';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The DOCX writer (the docx library, ~75 KB compressed), kept by the browser once loaded. */
const loadDocxWriter = () => import('../../domain/documents/toDocx');

function isTable(block: DocumentBlock): block is TableBlock {
  return block.kind === 'table';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Printing starts once the pictures are drawn, or they would be missing from the paper. */
async function imagesDecoded(sheet: HTMLElement | null): Promise<void> {
  const images = Array.from(sheet?.querySelectorAll('img') ?? []);
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
}

/**
 * What can be done with a drafted document: print it (or save it as PDF from the print
 * dialog) alone, without the app around it; download it as DOCX; download each table as
 * CSV. The DOCX writer loads once the page is idle, the CSV writer when asked for.
 */
export function DocumentActions({ document: doc, fileName }: DocumentActionsProps) {
  const { t } = useTranslation('documents');
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const sheet = useRef<HTMLElement>(null);
  const tables = doc.blocks.filter(isTable);
  // Its code is fetched and run while the page is idle, not after the click: a first
  // download waited for it (~80 of ~550 ms for the production test plan, `npm run bench`).
  // Not while offline: a browser may keep a failed import's error, and the click would get
  // it even once back online.
  useEffect(
    () =>
      whenIdle(() => {
        if (navigator.onLine) void loadDocxWriter().catch(() => undefined);
      }),
    [],
  );

  async function print() {
    flushSync(() => setPrinting(true));
    const root = document.documentElement;
    root.classList.add(PRINTING_CLASS);
    await imagesDecoded(sheet.current);
    const done = () => {
      root.classList.remove(PRINTING_CLASS);
      setPrinting(false);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  async function downloadDocx() {
    setBusy(true);
    setProblem(undefined);
    try {
      const [{ documentToDocx }, images] = await Promise.all([
        loadDocxWriter(),
        documentImages(doc),
      ]);
      const bytes = await documentToDocx(doc, { images });
      downloadFile(docxFileName(fileName), bytes, DOCX_TYPE);
    } catch (error) {
      setProblem(t('docxFailed', { message: messageOf(error) }));
    } finally {
      setBusy(false);
    }
  }

  async function downloadCsv(table: TableBlock) {
    setProblem(undefined);
    try {
      const { tableToCsv } = await import('../../domain/documents/toCsv');
      downloadFile(
        csvFileName(fileName, table.caption),
        tableToCsv(table),
        'text/csv;charset=utf-8',
      );
    } catch (error) {
      setProblem(t('csvFailed', { message: messageOf(error) }));
    }
  }

  return (
    <div className="document-actions">
      <div className="button-row" role="group" aria-label={t('actions', { title: doc.title })}>
        <button type="button" className="button" onClick={() => void print()}>
          {t('print')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void downloadDocx()}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? t('docxBusy') : t('docx')}
        </button>
        {tables.map((table, index) => (
          <button
            key={index}
            type="button"
            className="button button--secondary"
            onClick={() => void downloadCsv(table)}
          >
            {t('csvOf', { caption: table.caption })}
          </button>
        ))}
      </div>
      {problem && (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      )}
      {printing &&
        createPortal(
          // On paper the document is the page's main content: the app's own <main> is hidden.
          <main className="document-print-sheet" ref={sheet}>
            <DocumentView document={doc} titleLevel={1} />
          </main>,
          document.body,
        )}
    </div>
  );
}
