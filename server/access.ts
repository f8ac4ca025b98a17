import type { Extension, onAuthenticatePayload, onStatelessPayload } from '@hocuspocus/server';
import {
  clientMessageSchema,
  credentialsSchema,
  readMessage,
  type RefusalReason,
  type ServerMessage,
} from '../src/domain/live/protocol';
import type { LinkRole, LiveRole } from '../src/domain/live/roles';
import { hashSecret, roomLabel } from './hash';
import type { LiveLog } from './log';
import type { LiveStore, RoomRecord } from './stores/types';

/** What the server knows of a connection once its secret is checked. */
export interface LiveContext {
  roomId: string;
  role: LiveRole;
  participantId: string;
  /** The digest of the secret the connection came with, to notice a revocation made elsewhere. */
  secretHash: string;
}

/**
 * Why a connection's secret no longer opens its room (the room ended, or the link was
 * revoked, maybe through another instance), or undefined while it still does.
 */
export function staleness(room: RoomRecord | undefined, context: LiveContext) {
  if (!room) return 'ended' as const;
  return roleOf(room, context.secretHash, true) === context.role ? undefined : ('revoked' as const);
}

/** Refuses a connection: Hocuspocus sends the reason to the browser, which explains it. */
function refuse(reason: RefusalReason): never {
  throw Object.assign(new Error(reason), { reason });
}

function roleOf(room: RoomRecord, secret: string, hashed = false): LiveRole | undefined {
  const hash = hashed ? secret : hashSecret(secret);
  if (hash === room.ownerHash) return 'owner';
  const roles = Object.entries(room.roleHashes) as [LinkRole, string][];
  return roles.find(([, roleHash]) => roleHash === hash)?.[0];
}

/**
 * Who may connect, and as what: the document name is the room id, the token carries the
 * link's secret. The referent's first connection creates the room with the secrets of its
 * links. The referent revokes a link or ends the sharing with stateless messages.
 */
export class Access implements Extension {
  priority = 900;
  /** Rooms ended while this instance runs, to say so to a late connection. */
  private ended = new Set<string>();

  constructor(
    private store: LiveStore,
    private maxConnectionsPerRoom: number,
    private log: LiveLog,
  ) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<LiveContext> {
    const { documentName: roomId, token, connectionConfig, instance } = data;
    const credentials = readMessage(credentialsSchema, token);
    if (!credentials) refuse('invalid-token');
    let room = await this.store.findRoom(roomId);
    if (!room && credentials.create && !this.ended.has(roomId)) {
      room = {
        id: roomId,
        createdAt: new Date().toISOString(),
        ownerHash: hashSecret(credentials.secret),
        roleHashes: {
          viewer: hashSecret(credentials.create.viewer),
          commenter: hashSecret(credentials.create.commenter),
          editor: hashSecret(credentials.create.editor),
        },
      };
      if (await this.store.createRoom(room))
        this.log.info('room-created', { room: roomLabel(roomId) });
      room = await this.store.findRoom(roomId);
    }
    if (!room) refuse(this.ended.has(roomId) ? 'room-ended' : 'invalid-token');
    const role = roleOf(room, credentials.secret);
    if (!role) refuse('invalid-token');
    const open = instance.documents.get(roomId)?.getConnectionsCount() ?? 0;
    if (open >= this.maxConnectionsPerRoom) {
      this.log.warn('room-full', { room: roomLabel(roomId) });
      refuse('room-full');
    }
    connectionConfig.readOnly = role === 'viewer';
    return {
      roomId,
      role,
      participantId: credentials.participant.id,
      secretHash: hashSecret(credentials.secret),
    };
  }

  async connected({
    connection,
    context,
  }: {
    connection: { sendStateless(text: string): void };
    context: LiveContext;
  }) {
    const welcome: ServerMessage = { type: 'welcome', role: context.role };
    connection.sendStateless(JSON.stringify(welcome));
  }

  async onStateless({ connection, document, documentName, payload }: onStatelessPayload) {
    const context = connection.context as LiveContext;
    const message = readMessage(clientMessageSchema, payload);
    if (!message || context.role !== 'owner') return;
    if (message.type === 'revoke') {
      await this.store.setRoleHash(documentName, message.role, hashSecret(message.secret));
      this.log.info('link-revoked', { room: roomLabel(documentName), role: message.role });
      for (const other of document.getConnections()) {
        if ((other.context as LiveContext).role === message.role) {
          other.close({ code: 4401, reason: 'revoked' });
        }
      }
      const reply: ServerMessage = { type: 'revoked', role: message.role };
      connection.sendStateless(JSON.stringify(reply));
      return;
    }
    this.ended.add(documentName);
    await this.store.deleteRoom(documentName);
    this.log.info('room-ended', { room: roomLabel(documentName) });
    for (const other of document.getConnections()) {
      other.close({ code: 4410, reason: 'ended' });
    }
  }
}
