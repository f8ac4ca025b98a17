import { z } from 'zod';
import { linkRoles } from './roles';

/**
 * What a browser and the workshop server say to each other beyond Yjs's own sync:
 * the connection's credentials, and a few stateless messages.
 */

/** Room ids and secrets: 128 random bits and more, base64url. */
const secret = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);
export const roomIdSchema = secret;

export const participantSchema = z.object({
  /** Random id of this browser, kept across sessions; signs its comments and votes. */
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  name: z.string().trim().min(1).max(60),
});
export type Participant = z.infer<typeof participantSchema>;

/** What a browser sends as its Hocuspocus token. */
export const credentialsSchema = z.object({
  secret,
  participant: participantSchema,
  /** Only the referent sharing a prototype: the secrets of the room to create. */
  create: z.object({ viewer: secret, commenter: secret, editor: secret }).optional(),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/** Messages from a browser to the server. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  /** The referent replaces a role's link: the old one stops working at once. */
  z.object({ type: z.literal('revoke'), role: z.enum(linkRoles), secret }),
  /** The referent ends the sharing: everyone is disconnected, the server forgets the room. */
  z.object({ type: z.literal('end') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Why the server refused or closed a connection; the browser turns each into a message. */
export const refusalReasons = [
  'invalid-token',
  'room-ended',
  'room-full',
  'read-only',
  'too-large',
  'document-full',
  'flood',
  'malformed',
  'revoked',
  'ended',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** Messages from the server to a browser. */
export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    role: z.enum(['viewer', 'commenter', 'editor', 'owner']),
  }),
  /** A change the server did not take; the browser goes back to the shared state. */
  z.object({ type: z.literal('refused'), reason: z.enum(refusalReasons) }),
  z.object({ type: z.literal('revoked'), role: z.enum(linkRoles) }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Parses a message of the other side; undefined when it is not one. */
export function readMessage<T>(schema: z.ZodType<T>, text: string): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
