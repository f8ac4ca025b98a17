/**
 * Where the live workshop may connect (its WebSocket server), and nothing else:
 * - wss: any workshop server over TLS, as an organisation hosts it (its address is typed
 *   by the referent or carried by a share link, so it cannot be known when building);
 * - ws: only on this machine (`npm run server` beside `npm start`, and the tests).
 * A plain-ws server elsewhere (a LAN without TLS) is added when building, with
 * FABRIK_WORKSHOP_SERVERS="ws://192.168.1.10:1234".
 */
const workshopServers = [
  'wss:',
  'ws://localhost:*',
  'ws://127.0.0.1:*',
  ...(process.env.FABRIK_WORKSHOP_SERVERS ?? '').split(/\s+/).filter(Boolean),
];

/**
 * Fabrik needs no network at run time besides the optional workshop server: everything
 * else comes from its own origin.
 * Styles allow 'unsafe-inline' because bpmn-js and diagram-js set style attributes on the
 * elements they create; scripts stay strictly same-origin.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${workshopServers.join(' ')}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
