import { create } from 'zustand';
import type { RefusalReason } from '../domain/live/protocol';
import type { LinkRole, LiveRole } from '../domain/live/roles';
import type { StepId } from '../domain/steps';

/**
 * The live workshop as the screens see it. Kept apart from the sync module, which brings
 * Yjs and the WebSocket client and is loaded only when a prototype is shared.
 */

/** connecting: reaching the server · online: in step with it · offline: working alone, changes kept to send. */
export type LiveStatus = 'connecting' | 'online' | 'offline';

/** Why the live session stopped or a change was refused, as the browser tells the person. */
export type LiveProblem = RefusalReason | 'unreachable' | 'diagram-locked' | 'invalid-content';

export interface Presence {
  /** Awareness client id: one per open tab. */
  clientId: number;
  participantId: string;
  name: string;
  color: string;
  role?: LiveRole;
  step?: StepId;
  selected?: { kind: string; id: string; label: string };
  /** Whether this person is editing the process diagram, which others then only follow. */
  editsDiagram?: boolean;
  self: boolean;
}

export interface LiveSessionState {
  /** The shared prototype open in this tab; absent when nothing is shared. */
  prototypeId?: string;
  status: LiveStatus;
  /** What the server lets this browser do; known once connected. */
  role?: LiveRole;
  serverUrl?: string;
  roomId?: string;
  /** The referent's three links' secrets. */
  links?: Record<LinkRole, string>;
  participants: Presence[];
  problem?: LiveProblem;
  /** A viewer following the referent's screen. */
  following: boolean;
}

export const initialLiveSession: LiveSessionState = {
  status: 'connecting',
  participants: [],
  following: false,
};

export const useLiveSession = create<LiveSessionState>()(() => initialLiveSession);

/** The sync module, loaded on demand (Yjs, Hocuspocus's client, the local copy). */
export const loadLiveSync = () => import('./live/sync');

/** Each person's own undo while a prototype is shared, set by the sync module. */
export interface LiveUndo {
  undo(): void;
  redo(): void;
}

let liveUndo: LiveUndo | undefined;

export function setLiveUndo(undo: LiveUndo | undefined): void {
  liveUndo = undo;
}

export function currentLiveUndo(): LiveUndo | undefined {
  return liveUndo;
}
