import type { HocuspocusProvider } from '@hocuspocus/provider';
import { liveLimits } from '../../domain/live/limits';
import type { LiveRole } from '../../domain/live/roles';
import type { Prototype } from '../../domain/prototype/schema';
import { useLiveSession, type Presence } from '../liveSession';
import { useSelection } from '../selection';
import { colorOf } from './identity';

type Awareness = NonNullable<HocuspocusProvider['awareness']>;

interface AwarenessState {
  user?: { id: string; name: string; color: string; role?: LiveRole };
  step?: Presence['step'];
  selected?: Presence['selected'];
  /** Since when this person edits the diagram (ms since epoch); absent when not. */
  diagramSince?: number;
}

function presenceOf(clientId: number, state: AwarenessState, self: boolean): Presence | undefined {
  if (!state.user) return undefined;
  return {
    clientId,
    participantId: state.user.id,
    name: state.user.name,
    color: state.user.color,
    role: state.user.role,
    step: state.step,
    selected: state.selected,
    editsDiagram: state.diagramSince !== undefined,
    self,
  };
}

/** Who holds the diagram: whoever took it first (ties go to the lower client id). */
function diagramHolder(awareness: Awareness): number | undefined {
  let holder: { clientId: number; since: number } | undefined;
  awareness.getStates().forEach((state: AwarenessState, clientId) => {
    const since = state.diagramSince;
    if (since === undefined) return;
    if (!holder || since < holder.since || (since === holder.since && clientId < holder.clientId)) {
      holder = { clientId, since };
    }
  });
  return holder?.clientId;
}

/**
 * Shares who this person is, which step they look at and what they have selected, and
 * lists everyone else for the screens. Also keeps the soft lock on the process diagram:
 * one person edits it at a time, and the lock goes with their idleness or departure.
 */
export function bindPresence(
  awareness: Awareness,
  user: { id: string; name: string },
  role: () => LiveRole | undefined,
) {
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const publishSelection = () => {
    const { step, selected } = useSelection.getState();
    awareness.setLocalStateField('step', step);
    awareness.setLocalStateField('selected', selected);
  };
  const publishUser = () =>
    awareness.setLocalStateField('user', { ...user, color: colorOf(user.id), role: role() });

  const list = () => {
    const participants: Presence[] = [];
    awareness.getStates().forEach((state: AwarenessState, clientId) => {
      const presence = presenceOf(clientId, state, clientId === awareness.clientID);
      if (presence) participants.push(presence);
    });
    participants.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
    useLiveSession.setState({ participants });
  };

  publishUser();
  publishSelection();
  list();
  const unsubscribe = useSelection.subscribe(publishSelection);
  awareness.on('change', list);

  return {
    publishUser,
    /** Whether someone else holds the diagram now. */
    diagramHeldByOther(): boolean {
      const holder = diagramHolder(awareness);
      return holder !== undefined && holder !== awareness.clientID;
    },
    /** This person changed the diagram: they hold it until idle. */
    touchDiagram() {
      const state = awareness.getLocalState() as AwarenessState | null;
      if (state?.diagramSince === undefined)
        awareness.setLocalStateField('diagramSince', Date.now());
      clearTimeout(idleTimer);
      idleTimer = setTimeout(
        () => awareness.setLocalStateField('diagramSince', undefined),
        liveLimits.diagramIdleMs,
      );
    },
    stop() {
      clearTimeout(idleTimer);
      unsubscribe();
      awareness.off('change', list);
    },
  };
}

export type PresenceBinding = ReturnType<typeof bindPresence>;

/** Keeps the shared diagram in a change when someone else holds it; notes this person's hold otherwise. */
export function diagramFilter(presence: () => PresenceBinding | undefined, onRefused: () => void) {
  return (next: Prototype, shared: () => Record<string, unknown>): Prototype => {
    const sharedProcess = shared().process as Prototype['process'] | undefined;
    if (!sharedProcess || sharedProcess.bpmnXml === next.process.bpmnXml) return next;
    const binding = presence();
    if (!binding?.diagramHeldByOther()) {
      binding?.touchDiagram();
      return next;
    }
    onRefused();
    return { ...next, process: { ...next.process, bpmnXml: sharedProcess.bpmnXml } };
  };
}
