import type { Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { RefusalReason, ServerMessage } from '../src/domain/live/protocol';
import { canComment, canEditPrototype } from '../src/domain/live/roles';
import { commenterRefusal } from './commenterCheck';
import { staleness, type LiveContext } from './access';
import type { LiveLog } from './log';
import { roomLabel } from './hash';
import type { LiveStore } from './stores/types';

/** Hocuspocus's message types that this guard looks into. */
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
/** Yjs sync message types that carry changes. */
const SYNC_STEP_2 = 1;
const UPDATE = 2;

export interface GuardLimits {
  maxUpdateBytes: number;
  maxDocumentBytes: number;
  messageBurst: number;
  messagesPerSecond: number;
  /** How often an active connection's secret is checked again against the store. */
  recheckMs: number;
}

/** A refusal that closes the connection: Hocuspocus sends the reason to the browser. */
export class ClosingRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly code = 4400,
  ) {
    super(reason);
  }
}

/** The changes a message carries, if it is a sync message that carries any. */
function changesIn(message: Uint8Array): { type: number; update?: Uint8Array } {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC && type !== SYNC_REPLY) return { type };
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== UPDATE) return { type };
  return { type, update: decoding.readVarUint8Array(decoder) };
}

/** True when the update adds nothing the document lacks (a reconnecting viewer's sync). */
function addsNothing(document: Y.Doc, update: Uint8Array): boolean {
  return Y.snapshotContainsUpdate(Y.snapshot(document), update);
}

/**
 * Checks every message before Hocuspocus handles it: limits the rate of each connection,
 * refuses oversized, malformed and unauthorised changes, and writes every accepted change
 * to the store before it is applied and acknowledged.
 */
export class Guard implements Extension {
  priority = 1000;
  private sizes = new Map<string, number>();
  private buckets = new WeakMap<object, { tokens: number; at: number }>();
  private checkedAt = new WeakMap<object, number>();

  constructor(
    private store: LiveStore,
    private limits: GuardLimits,
    private log: LiveLog,
  ) {}

  async afterLoadDocument({ documentName, document }: { documentName: string; document: Y.Doc }) {
    this.sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
  }

  async afterUnloadDocument({ documentName }: { documentName: string }) {
    this.sizes.delete(documentName);
  }

  async beforeHandleMessage(data: beforeHandleMessagePayload) {
    try {
      await this.check(data);
    } catch (error) {
      if (!(error instanceof ClosingRefusal)) throw error;
      // Closed here rather than by throwing: Hocuspocus would log the error with the room's
      // name. The message is never handled: its promise is left unsettled.
      data.connection.close({ code: error.code, reason: error.reason });
      return new Promise<never>(() => {});
    }
  }

  private async check(data: beforeHandleMessagePayload) {
    const { connection, document, documentName, update: message } = data;
    const context = data.context as LiveContext;
    this.spend(connection, documentName);
    await this.recheck(connection, context);
    let changes: ReturnType<typeof changesIn>;
    try {
      changes = changesIn(message);
    } catch {
      throw new ClosingRefusal('malformed');
    }
    if (changes.type === AWARENESS && message.byteLength > 64 * 1024) {
      throw new ClosingRefusal('too-large');
    }
    const update = changes.update;
    if (!update) return;
    const refusal = this.refusal(document, documentName, update, context);
    if (refusal) {
      this.log.warn('update-refused', { room: roomLabel(context.roomId), reason: refusal });
      const reply: ServerMessage = { type: 'refused', reason: refusal };
      connection.sendStateless(JSON.stringify(reply));
      // A viewer's connection is read-only in Hocuspocus, which then applies nothing and
      // answers "not synced"; any other refused change closes the connection before it applies.
      if (connection.readOnly && refusal === 'read-only') return;
      throw new ClosingRefusal(refusal);
    }
    // Counted before the write, so that updates arriving together cannot all pass the limit.
    this.grow(documentName, update.byteLength);
    try {
      await this.store.appendUpdate(documentName, update);
    } catch (error) {
      this.grow(documentName, -update.byteLength);
      throw error;
    }
  }

  private refusal(
    document: Y.Doc,
    documentName: string,
    update: Uint8Array,
    context: LiveContext,
  ): RefusalReason | undefined {
    if (update.byteLength > this.limits.maxUpdateBytes) return 'too-large';
    try {
      Y.decodeUpdate(update);
    } catch {
      return 'malformed';
    }
    if (addsNothing(document, update)) return undefined;
    if (!canComment(context.role)) return 'read-only';
    if (!canEditPrototype(context.role)) {
      const refusal = commenterRefusal(document, update, context.participantId);
      if (refusal) return refusal;
    }
    const size = (this.sizes.get(documentName) ?? 0) + update.byteLength;
    if (size > this.limits.maxDocumentBytes) return 'document-full';
    return undefined;
  }

  /**
   * With several instances, a link revoked or a sharing ended through another instance is
   * noticed here: the room is read again every few seconds of a connection's activity.
   */
  private async recheck(connection: object, context: LiveContext) {
    const now = Date.now();
    if (now - (this.checkedAt.get(connection) ?? now) < this.limits.recheckMs) {
      if (!this.checkedAt.has(connection)) this.checkedAt.set(connection, now);
      return;
    }
    this.checkedAt.set(connection, now);
    const stale = staleness(await this.store.findRoom(context.roomId), context);
    if (stale) throw new ClosingRefusal(stale, stale === 'ended' ? 4410 : 4401);
  }

  private grow(documentName: string, bytes: number) {
    this.sizes.set(documentName, (this.sizes.get(documentName) ?? 0) + bytes);
  }

  /** A token bucket per connection: a flood closes the connection, other rooms are unaffected. */
  private spend(connection: object, documentName: string) {
    const now = Date.now();
    const bucket = this.buckets.get(connection) ?? { tokens: this.limits.messageBurst, at: now };
    bucket.tokens = Math.min(
      this.limits.messageBurst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limits.messagesPerSecond,
    );
    bucket.at = now;
    this.buckets.set(connection, bucket);
    if (bucket.tokens < 1) {
      this.log.warn('flood', { room: roomLabel(documentName) });
      throw new ClosingRefusal('flood', 4429);
    }
    bucket.tokens -= 1;
  }
}
