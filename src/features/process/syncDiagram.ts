import { perfMarks } from '../../domain/perfMarks';
import { setProcessXml } from '../../domain/process/commands';
import type { Prototype } from '../../domain/prototype/schema';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { provideLiveUndo } from '../../state/liveUndo';
import { announceDeletion } from './announceDeletion';
import { createDiagramTimeline } from './diagramTimeline';
import type { DiagramChangeCause, DiagramEditor, Deletion, ImportOutcome } from './editor/types';

export interface DiagramSync {
  /**
   * Replaces the diagram on the user's request (a file, the default); nothing changes if
   * bpmn-js cannot read all of it, unless `force`. The replacement is one undo step.
   */
  replace(xml: string, force?: boolean): Promise<ImportOutcome>;
  /** Stores a change still being read, and stops following the store. */
  dispose(): void;
}

/**
 * Keeps the live diagram and the prototype's stored XML in step while the step is open.
 * - Each change made in bpmn-js is stored as one step of the app's timeline, read once
 *   the task that made it is over (its commands are one change), so the store is up to
 *   date before the next click, key press or page hide.
 * - Undo and redo of those steps are handed back to bpmn-js while it holds them.
 * - When the stored XML changes otherwise (undo of a step bpmn-js does not hold, another
 *   tab), it is shown again, keeping the view.
 * `shownXml` is the stored XML the diagram on screen shows.
 */
export function syncDiagram(
  editor: DiagramEditor,
  shownXml: string,
  onImported: () => void,
): DiagramSync {
  const timeline = createDiagramTimeline(editor);
  /** bpmn-js is taking back or replaying a change for the timeline: nothing to record. */
  let moving = false;
  let readQueued = false;
  /** When the change being read was made, for `npm run bench`. */
  let changedAt = 0;
  /** A deletion in the change being read: announced once it is a step of the timeline. */
  let deletion: Deletion | undefined;

  const store = (xml: string) => {
    performance.measure(perfMarks.diagramStored, { start: changedAt, end: performance.now() });
    const deleted = deletion;
    deletion = undefined;
    if (xml === shownXml) {
      timeline.absorb();
      return;
    }
    shownXml = xml;
    if (execute(setProcessXml({ xml }), Date.now(), timeline.record()) && deleted) {
      announceDeletion(deleted);
    }
  };
  const readNow = () => {
    if (!readQueued) return;
    readQueued = false;
    // A change that cannot be written out stays on screen, and goes with the next one.
    void editor.saveXml().then(store, () => {
      deletion = undefined;
      timeline.absorb();
    });
  };
  editor.onDelete((deleted) => {
    deletion = deleted;
  });
  editor.onChange((cause: DiagramChangeCause) => {
    if (moving) return;
    // bpmn-js moving along its own history, unasked, leaves it out of step with the timeline.
    if (cause === 'edit') timeline.executed();
    else timeline.reset();
    if (readQueued) return;
    readQueued = true;
    changedAt = performance.now();
    queueMicrotask(readNow);
  });

  const handOver = (take: () => boolean, target: Prototype) => {
    moving = true;
    try {
      if (take()) shownXml = target.process.bpmnXml;
    } finally {
      moving = false;
    }
  };
  const stopProviding = provideLiveUndo({
    undo: (live, target) => handOver(() => timeline.undo(live), target),
    redo: (live, target) => handOver(() => timeline.redo(live), target),
  });

  const stopWatching = useEditorStore.subscribe((state) => {
    const xml = state.prototype?.process.bpmnXml;
    if (xml === undefined || xml === shownXml) return;
    shownXml = xml;
    timeline.reset();
    void editor.open(xml, { keepView: true }).then(onImported);
  });

  return {
    async replace(xml, force = false) {
      const outcome = force ? await editor.open(xml) : await editor.replace(xml);
      timeline.reset();
      if (!outcome.ok || (!force && outcome.warnings.length > 0)) return outcome;
      // A file bpmn-js read in full is stored as it came (writing it out again took as long
      // as a tenth of its drawing); one read only in part is stored as bpmn-js holds it.
      const stored = outcome.warnings.length === 0 ? xml : await editor.saveXml();
      shownXml = stored;
      execute(setProcessXml({ xml: stored }));
      onImported();
      return outcome;
    },
    dispose() {
      readNow();
      stopWatching();
      stopProviding();
    },
  };
}
