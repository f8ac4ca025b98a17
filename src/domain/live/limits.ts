/** What one room of the workshop server accepts; the server may be configured lower. */
export const liveLimits = {
  /** One update (a paste of a huge text, a hostile client) larger than this is refused. */
  maxUpdateBytes: 2 * 1024 * 1024,
  /** A shared document may not grow past this (a 300-field prototype is well under 1 MB). */
  maxDocumentBytes: 50 * 1024 * 1024,
  /** Connections to one room; a workshop has six people and a few remote followers. */
  maxConnectionsPerRoom: 100,
  /** Messages one connection may send in a burst, then per second. */
  messageBurst: 300,
  messagesPerSecond: 100,
  /** The soft lock on the process diagram goes after this long without a change to it. */
  diagramIdleMs: 30_000,
  /**
   * A connection that answers none of the server's pings for this long is closed (checked
   * at this interval): the person leaves the room for the others, their hold on the
   * diagram with them, within two intervals of their network dropping.
   */
  silentConnectionMs: 10_000,
  /** A link revoked through another server instance stops working within this delay. */
  recheckMs: 3000,
};
