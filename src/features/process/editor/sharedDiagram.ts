import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type ContextPad from 'diagram-js/lib/features/context-pad/ContextPad';
import type Overlays from 'diagram-js/lib/features/overlays/Overlays';
import type { PresenceMark } from './types';

export interface SharedDiagramServices {
  commandStack: CommandStack;
  contextPad: ContextPad;
  directEditing: { cancel(): void };
  elementRegistry: ElementRegistry;
  eventBus: EventBus;
  overlays: Overlays;
}

/** Above every rule and binding of bpmn-js, so that read-only wins over them all. */
const FIRST = 10_000;
const PRESENCE = 'fabrik-presence';

/**
 * What a live workshop adds to the diagram: the others' names on what they selected, and
 * a read-only mode while someone else holds the diagram.
 */
export function sharedDiagram(
  get: <K extends keyof SharedDiagramServices>(name: K) => SharedDiagramServices[K],
  container: HTMLElement,
) {
  const eventBus = get('eventBus');
  const overlays = get('overlays');
  const registry = get('elementRegistry');
  const commandStack = get('commandStack');
  let readOnly = false;
  let shown: readonly PresenceMark[] = [];

  // Every rule says no (no drag, move, resize, connect, delete), no label is opened for
  // editing, and as a last guard no command runs (the side panel's changes included).
  eventBus.on('commandStack.canExecute', FIRST, () => (readOnly ? false : undefined));
  eventBus.on('element.dblclick', FIRST, () => (readOnly ? false : undefined));
  // No drag starts either: one that cannot end in a change would still scroll the view
  // under the person's pointer once it nears the canvas's edge.
  eventBus.on('drag.init', FIRST, () => (readOnly ? false : undefined));
  const execute = commandStack.execute.bind(commandStack);
  commandStack.execute = (command: string, context: object) => {
    if (!readOnly) execute(command, context);
  };

  const draw = () => {
    overlays.remove({ type: PRESENCE });
    const byElement = new Map<string, PresenceMark[]>();
    for (const mark of shown) {
      if (!registry.get(mark.elementId)) continue;
      byElement.set(mark.elementId, [...(byElement.get(mark.elementId) ?? []), mark]);
    }
    for (const [elementId, people] of byElement) {
      const html = document.createElement('div');
      html.className = 'presence-tags process__presence';
      for (const person of people) {
        const tag = document.createElement('span');
        tag.className = 'presence-tag';
        tag.style.background = person.color;
        // A name is typed by a person: it is set as text, never as HTML.
        tag.textContent = person.name;
        html.append(tag);
      }
      overlays.add(elementId, PRESENCE, { position: { top: -24, left: 0 }, html });
    }
  };
  // A change from elsewhere imports the diagram again, which clears every overlay.
  eventBus.on('import.done', draw);

  return {
    setReadOnly(next: boolean) {
      readOnly = next;
      // The palette and the context pad are hidden by the stylesheet while read-only.
      container.classList.toggle('process__canvas--read-only', next);
      if (!next) return;
      get('contextPad').close();
      // A label being typed when someone else takes the diagram is left as it was.
      get('directEditing').cancel();
    },
    showPresence(marks: readonly PresenceMark[]) {
      shown = marks;
      draw();
    },
  };
}
