/**
 * A fingerprint of the default diagram, so that telling whether a team changed it (the
 * catalogue does it for every prototype) does not load the diagram and the defaults it is
 * built from. A unit test checks it against `defaultDiagramXml`: change the default diagram,
 * and the test gives the new value.
 */
export const DEFAULT_DIAGRAM_FINGERPRINT = '16775:fcd7ae18';

/**
 * The default diagrams of earlier releases: a prototype made then and never changed has
 * one of them, and its process is not started either: the wide layout (1250 units, shrunk
 * to unreadable labels at 1280×720), and the one before it, whose timer did not carry its
 * duration (`bpmn:timeDuration`).
 */
export const EARLIER_DEFAULT_DIAGRAM_FINGERPRINTS: readonly string[] = [
  '16747:b821087a',
  '16574:7f3d1533',
];

/** The text's length and its 32-bit FNV-1a hash: enough to tell two diagrams apart. */
export function diagramFingerprint(xml: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < xml.length; index += 1) {
    hash ^= xml.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${xml.length}:${(hash >>> 0).toString(16)}`;
}
