// The lazily loaded chunk with bpmn-js's viewer: loaded only when a screen shows a diagram.
import Viewer from 'bpmn-js/lib/Viewer';
import { fabrikModdleDescriptor } from '../domain/process/fabrikModdle';

interface ElementRegistry {
  getGraphics(id: string): SVGElement | undefined;
}

/** How highlighted steps are drawn: a thick outline in the interface's blue. */
const HIGHLIGHT = { stroke: '#000091', width: '5px' };

/**
 * The diagram as an SVG document, with the elements of `highlight` outlined. bpmn-js lays
 * labels out by measuring text, so it draws in a container placed in the page (off
 * screen), which is removed once the SVG is taken. The outline is set on the drawn shapes
 * themselves, not by a class, so it stays in the SVG taken out of the page.
 */
export async function diagramSvg(
  xml: string,
  { highlight = [] }: { highlight?: readonly string[] } = {},
): Promise<string> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:absolute;left:-20000px;top:0;width:1600px;height:1000px';
  document.body.append(container);
  const viewer = new Viewer({ container, moddleExtensions: { fabrik: fabrikModdleDescriptor } });
  try {
    await viewer.importXML(xml);
    const registry = viewer.get<ElementRegistry>('elementRegistry');
    for (const id of highlight) {
      const shape = registry.getGraphics(id)?.querySelector('.djs-visual > :first-child');
      if (shape instanceof SVGElement) {
        shape.style.setProperty('stroke', HIGHLIGHT.stroke);
        shape.style.setProperty('stroke-width', HIGHLIGHT.width);
      }
    }
    const { svg } = await viewer.saveSVG();
    return svg;
  } finally {
    viewer.destroy();
    container.remove();
  }
}
