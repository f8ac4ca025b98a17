import { useId, useMemo, type ReactNode } from 'react';
import type { DocumentBlock, FabrikDocument } from '../../domain/documents/model';
import { svgDataUrl } from './svgImage';
import './documents.css';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

interface DocumentViewProps {
  document: FabrikDocument;
  /**
   * The level of the document's title: one below the heading of the page it sits in (a
   * screen's title is its h1, so 2 by default). The document's own headings follow it.
   */
  titleLevel?: 1 | 2 | 3 | 4;
}

interface HeadingProps {
  level: number;
  className: string;
  id?: string;
  children: ReactNode;
}

/** Levels below 6 stay h6: HTML has no deeper heading. */
function Heading({ level, className, id, children }: HeadingProps) {
  const Tag = `h${Math.min(6, level) as HeadingLevel}` as const;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

function SvgImage({ svg, alt }: { svg: string; alt: string }) {
  const src = useMemo(() => svgDataUrl(svg), [svg]);
  return (
    <figure className="document__figure">
      <img src={src} alt={alt} />
    </figure>
  );
}

function Block({ block, titleLevel }: { block: DocumentBlock; titleLevel: number }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Heading
          level={titleLevel + block.level}
          className={`document__heading document__heading--${block.level}`}
        >
          {block.text}
        </Heading>
      );
    case 'paragraph':
      return <p className="document__paragraph">{block.text}</p>;
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item}</li>);
      return block.ordered ? (
        <ol className="document__list">{items}</ol>
      ) : (
        <ul className="document__list">{items}</ul>
      );
    }
    case 'table':
      return (
        <table className="document__table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'image':
      return <SvgImage svg={block.svg} alt={block.alt} />;
  }
}

/**
 * A drafted document, read on screen and printed: its title, then its blocks as headings,
 * paragraphs, lists, captioned tables and pictures with their text. Everything is React
 * text, so nothing a user typed becomes markup.
 */
export function DocumentView({ document, titleLevel = 2 }: DocumentViewProps) {
  const titleId = useId();
  return (
    <article className="document" aria-labelledby={titleId}>
      <Heading level={titleLevel} className="document__title" id={titleId}>
        {document.title}
      </Heading>
      {document.blocks.map((block, index) => (
        <Block key={index} block={block} titleLevel={titleLevel} />
      ))}
    </article>
  );
}
