import { useEffect, useState } from 'react';

export type DiagramImage =
  { kind: 'loading' } | { kind: 'ready'; url: string } | { kind: 'failed' };

/**
 * The diagram as an SVG image drawn by bpmn-js's viewer (loaded only now), with the
 * elements and flows of `marked` drawn apart. Drawn again only when either changes.
 */
export function useDiagramImage(xml: string, marked: readonly string[] = []): DiagramImage {
  // Ids of BPMN elements hold no spaces: joined, they compare as one value.
  const markedIds = marked.join(' ');
  const key = `${markedIds}\n${xml}`;
  const [diagram, setDiagram] = useState<{ of: string; diagram: DiagramImage }>();
  useEffect(() => {
    let current = true;
    void import('./diagramSvg')
      .then(({ diagramSvg }) => diagramSvg(xml, markedIds ? markedIds.split(' ') : []))
      .then(
        (svg) => ({
          kind: 'ready' as const,
          url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
        }),
        () => ({ kind: 'failed' as const }),
      )
      .then((next) => current && setDiagram({ of: key, diagram: next }));
    return () => {
      current = false;
    };
  }, [xml, markedIds, key]);
  return diagram?.of === key ? diagram.diagram : { kind: 'loading' };
}
