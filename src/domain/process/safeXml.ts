/** A diagram larger than this is refused before parsing (a 300-element diagram is ~0.3 MB). */
export const MAX_BPMN_BYTES = 5 * 1024 * 1024;

export type UnsafeXmlReason = 'empty' | 'too-large' | 'doctype';

/**
 * Screens BPMN text before any parser sees it: BPMN needs no DTD, so a DOCTYPE or an
 * ENTITY declaration (the vehicle of "billion laughs" and external-entity attacks) is
 * refused outright, as is an oversize file.
 */
export function screenBpmnText(text: string): UnsafeXmlReason | undefined {
  if (text.trim() === '') return 'empty';
  if (new Blob([text]).size > MAX_BPMN_BYTES) return 'too-large';
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(text)) return 'doctype';
  return undefined;
}
