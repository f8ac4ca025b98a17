// The lazily loaded chunk with bpmn-js's viewer: loaded only when a screen shows a diagram.
import Viewer from 'bpmn-js/lib/Viewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { fabrikModdleDescriptor } from '../../domain/process/fabrikModdle';

const MARK = 'fabrik-marked';

// The SVG is shown as an image, which the page's style sheets do not reach: the style of a
// marked element travels inside it. A thicker line, not only a colour, tells it apart.
const MARK_STYLE = `<style>
.${MARK} .djs-visual > :is(rect, circle, polygon) { stroke: #18753c !important; stroke-width: 5px !important; }
.djs-connection.${MARK} .djs-visual > path { stroke: #18753c !important; stroke-width: 4px !important; }
</style>`;

/**
 * The diagram as an SVG document, the elements and flows whose ids are in `marked` drawn
 * in a thick green line. bpmn-js lays labels out by measuring text, so it draws in a
 * container placed in the page (off screen), which is removed once the SVG is taken.
 */
export async function diagramSvg(xml: string, marked: readonly string[] = []): Promise<string> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:absolute;left:-20000px;top:0;width:1600px;height:1000px';
  document.body.append(container);
  const viewer = new Viewer({ container, moddleExtensions: { fabrik: fabrikModdleDescriptor } });
  try {
    await viewer.importXML(xml);
    const canvas = viewer.get<Canvas>('canvas');
    const registry = viewer.get<ElementRegistry>('elementRegistry');
    for (const id of marked) if (registry.get(id)) canvas.addMarker(id, MARK);
    const { svg } = await viewer.saveSVG();
    return marked.length === 0 ? svg : svg.replace(/<svg\b[^>]*>/, (open) => open + MARK_STYLE);
  } finally {
    viewer.destroy();
    container.remove();
  }
}
