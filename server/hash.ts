import { createHash } from 'node:crypto';

/** Secrets are kept and compared as SHA-256 digests: the store never holds a usable link. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** A room named in the server's log without revealing it: a short digest of its id. */
export function roomLabel(roomId: string): string {
  return hashSecret(`room:${roomId}`).slice(0, 8);
}
