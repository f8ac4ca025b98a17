// The lazily loaded chunk with bpmn-js's viewer: loaded only when a review shows a diagram.
import Viewer from 'bpmn-js/lib/Viewer';
import { fabrikModdleDescriptor } from '../../../domain/process/fabrikModdle';

/**
 * The diagram as an SVG document. bpmn-js lays labels out by measuring text, so it draws in
 * a container placed in the page (off screen), which is removed once the SVG is taken.
 */
export async function diagramSvg(xml: string): Promise<string> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:absolute;left:-20000px;top:0;width:1600px;height:1000px';
  document.body.append(container);
  const viewer = new Viewer({ container, moddleExtensions: { fabrik: fabrikModdleDescriptor } });
  try {
    await viewer.importXML(xml);
    const { svg } = await viewer.saveSVG();
    return svg;
  } finally {
    viewer.destroy();
    container.remove();
  }
}
