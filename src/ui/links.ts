/**
 * Links built from ids: an id comes from a file as well as from this browser, so it is
 * always encoded (a « / », « ? », « # » or space would otherwise change the address).
 */

/** The address of a step of a prototype. */
export function prototypeHref(prototypeId: string, step = 'purpose'): string {
  return `/p/${encodeURIComponent(prototypeId)}/${step}`;
}

/** An address's query string, every value encoded. */
export function withQuery(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(query).toString()}`;
}

/**
 * A route parameter as it was before `prototypeHref` encoded it. The router decodes all but
 * the reserved characters (« / », « ? », « # »…); this decodes the rest, and leaves a value
 * that was never encoded (a « % » typed in the address) as it is.
 */
export function routeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** An element id (and the target of a `#` link) made from any id: no spaces, nothing to escape. */
export function elementId(prefix: string, id: string): string {
  return `${prefix}-${encodeURIComponent(id).replace(/%/g, '_')}`;
}

/** Where the service catalogue, the area beside the prototypes, lives. */
export const SERVICE_CATALOGUE_PATH = '/services';
