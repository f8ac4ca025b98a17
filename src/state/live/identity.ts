import { loadParticipant, storeParticipant, type StoredParticipant } from '../../storage/liveLinks';

/** Colours for people's names and markers, dark enough for white text (WCAG AA). */
const palette = [
  '#b34000',
  '#1f6f3f',
  '#6a3ea1',
  '#a3164b',
  '#005a8c',
  '#6b5200',
  '#8a2be2',
  '#00676b',
];

/** A fresh secret for a room or a link: 192 random bits, base64url. */
export function newLiveSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** Who this browser is in workshops; the name may still be empty. */
export function participant(): StoredParticipant {
  const stored = loadParticipant();
  if (stored) return stored;
  const fresh = { id: newLiveSecret().slice(0, 16), name: '' };
  storeParticipant(fresh);
  return fresh;
}

export function setParticipantName(name: string): void {
  storeParticipant({ ...participant(), name: name.trim() });
}

/** A person's colour, the same on every screen. */
export function colorOf(participantId: string): string {
  let hash = 0;
  for (const char of participantId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length]!;
}
