// The lazily loaded chunk: bpmn-js, its styles, and Fabrik's modules. Nothing else in
// the app imports bpmn-js, so the catalogue's first load never carries it.
import Modeler from 'bpmn-js/lib/Modeler';
import type BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory';
import type AutoPlace from 'diagram-js/lib/features/auto-place/AutoPlace';
import type ElementFactory from 'bpmn-js/lib/features/modeling/ElementFactory';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Connection, Element, Shape } from 'bpmn-js/lib/model/Types';
import { CreateAppendAnythingModule } from 'bpmn-js-create-append-anything';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type ContextPad from 'diagram-js/lib/features/context-pad/ContextPad';
import type Keyboard from 'diagram-js/lib/features/keyboard/Keyboard';
import { isRedo, isUndo } from 'diagram-js/lib/features/keyboard/KeyboardUtil';
import type Rules from 'diagram-js/lib/features/rules/Rules';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import { fabrikModdleDescriptor } from '../../../domain/process/fabrikModdle';
import { screenBpmnText } from '../../../domain/process/safeXml';
import { watchDeletions } from './deletions';
import { ElementBoundsCanvas } from './elementBoundsCanvas';
import { insertStepOnFlow, type InsertStepServices } from './insertStep';
import { keepPadClear } from './padPlacement';
import { keepTimerDurationInStep } from './timerDurationBehavior';
import { placeKeyboardCreations, type KeyboardCreateServices } from './keyboardCreate';
import { readElement } from './readElement';
import { sharedDiagram, type SharedDiagramServices } from './sharedDiagram';
import { warningText } from './warningText';
import { translatorFor, typeLabel } from './translate';
import type {
  DiagramChangeCause,
  DiagramEditor,
  DiagramEditorOptions,
  ElementChanges,
} from './types';

/** The services of bpmn-js that the editor uses, with bpmn-js's and diagram-js's own types. */
interface Services {
  bpmnFactory: BpmnFactory;
  canvas: Canvas;
  contextPad: ContextPad;
  commandStack: CommandStack;
  elementRegistry: ElementRegistry;
  eventBus: EventBus;
  keyboard: Keyboard;
  modeling: Modeling;
  rules: Rules;
  selection: Selection;
}

/** The labels' size in diagram units: readable at the scales below. */
const LABEL_FONT_SIZE = 16;
/** Smallest and largest scale of a fitted diagram: labels of 12 px (18 px large) or more. */
const NORMAL_SCALES = [12 / LABEL_FONT_SIZE, 1] as const;
const LARGE_SCALES = [18 / LABEL_FONT_SIZE, 1.5] as const;
/** The free space around a fitted diagram, in screen pixels. */
const FIT_MARGIN = 16;

/** Before bpmn-js's own bindings (priority 1000), so that they never see the keys. */
const BEFORE_BPMN_JS = 1500;

const causes: Record<string, DiagramChangeCause | undefined> = {
  execute: 'edit',
  undo: 'undo',
  redo: 'redo',
};

/** Creates bpmn-js's modeler in the container, in the app's language, with Fabrik's attributes. */
export function createDiagramEditor({ container, language }: DiagramEditorOptions): DiagramEditor {
  const translate = translatorFor(language);
  const modeler = new Modeler<Services>({
    container,
    additionalModules: [
      CreateAppendAnythingModule,
      { translate: ['value', translate], canvas: ['type', ElementBoundsCanvas] },
    ],
    moddleExtensions: { fabrik: fabrikModdleDescriptor },
    // bpmn-js lays its labels out with this size (external labels one pixel smaller).
    textRenderer: {
      defaultStyle: { fontSize: LABEL_FONT_SIZE },
      externalStyle: { fontSize: LABEL_FONT_SIZE },
    },
  });
  const commandStack = modeler.get('commandStack');
  const eventBus = modeler.get('eventBus');
  const canvas = modeler.get('canvas');
  const registry = modeler.get('elementRegistry');
  const modeling = modeler.get('modeling');
  const rules = modeler.get('rules');
  const selection = modeler.get('selection');
  const byId = (id: string) => registry.get(id) as Element | undefined;
  keepPadClear(modeler.get('contextPad'), canvas, registry);
  keepTimerDurationInStep(eventBus, modeling, modeler.get('bpmnFactory'));
  const shared = sharedDiagram(
    <K extends keyof SharedDiagramServices>(name: K) =>
      modeler.get(name as string) as SharedDiagramServices[K],
    container,
  );

  // Undo and redo keys go on to the app, whose one timeline holds the diagram's changes
  // with the others (bpmn-js's own binding would take back its last change, whatever
  // was done since).
  modeler
    .get('keyboard')
    .addListener(BEFORE_BPMN_JS, ({ keyEvent }: { keyEvent: KeyboardEvent }) =>
      isUndo(keyEvent) || isRedo(keyEvent) ? false : undefined,
    );

  // Fits the diagram in the space the palette leaves free, so nothing starts hidden under
  // it, at a scale where its labels stay readable: at least 12 px on screen, 18 px on the
  // large display. A diagram too big for that starts at its top left, the rest reached by
  // panning (the arrow keys, or dragging), rather than shrunk to unreadable text.
  let large = false;
  /** The scale the last fit chose: any other is a zoom the user chose. */
  let fittedScale: number | undefined;
  /** The canvas's size at the last fit or refit. */
  let fittedSize = '';
  const sizeText = ({ width, height }: { width: number; height: number }) => `${width}×${height}`;
  const sizeOf = () => sizeText({ width: container.clientWidth, height: container.clientHeight });
  /**
   * Where the palette ends, from the canvas's left edge. Measured with the canvas's size
   * (`ElementBoundsCanvas`), before a diagram is drawn, and kept until the canvas is
   * resized: measured after, it would lay out every shape just drawn.
   */
  let paletteEnd: number | undefined;
  const measureBeforeDrawing = () => {
    canvas.getSize();
    if (paletteEnd !== undefined) return;
    const palette = container.querySelector('.djs-palette')?.getBoundingClientRect();
    paletteEnd = palette ? palette.right - container.getBoundingClientRect().left : 0;
  };
  eventBus.on('canvas.resized', () => (paletteEnd = undefined));
  // diagram-js asks to be told when its container changes size (a narrower window, the
  // panel beside it): the size it keeps is then read again. After the page's layout, so
  // that reading it costs nothing.
  const sizeWatch =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          if (sizeText(canvas.getSize()) !== sizeOf()) canvas.resized();
        });
  sizeWatch?.observe(container);
  /** Fits the diagram with the size and palette measured before it was drawn. */
  const fitMeasured = () => {
    measureBeforeDrawing();
    fittedScale = undefined;
    fittedSize = sizeText(canvas.getSize());
    const { inner, outer } = canvas.viewbox();
    const left = (paletteEnd ?? 0) + FIT_MARGIN;
    const fits = Math.min(
      (outer.width - left - FIT_MARGIN) / Math.max(inner.width, 1),
      (outer.height - 2 * FIT_MARGIN) / Math.max(inner.height, 1),
    );
    const [smallest, largest] = large ? LARGE_SCALES : NORMAL_SCALES;
    const scale = Math.min(largest, Math.max(smallest, fits));
    if (!(scale > 0) || !(outer.width > 0)) {
      // Centred, as bpmn-js's own "fit" does.
      canvas.zoom('fit-viewport', { x: outer.width / 2, y: outer.height / 2 });
      fittedScale = canvas.zoom();
      return;
    }
    const spareHeight = Math.max(outer.height - inner.height * scale, 2 * FIT_MARGIN);
    canvas.viewbox({
      x: inner.x - left / scale,
      y: inner.y - spareHeight / 2 / scale,
      width: outer.width / scale,
      height: outer.height / scale,
    });
    fittedScale = canvas.zoom();
  };
  /** Fits the diagram in the canvas as it is now (its size measured again). */
  const fitToScreen = () => {
    canvas.resized();
    fitMeasured();
  };
  // The space for the diagram changed (window, panel, presentation mode): a zoom the user
  // chose stays as it is, the diagram only told its new size; otherwise it is fitted again.
  const refit = () => {
    const scale = canvas.zoom();
    if (fittedScale !== undefined && Math.abs(scale - fittedScale) > 1e-3) {
      fittedSize = sizeOf();
      canvas.resized();
    } else fitToScreen();
  };

  // « Insérer une étape ici » from the keyboard: I on a selected flow. The diagram's keys
  // act only while it has the focus, so typing elsewhere never inserts anything.
  modeler
    .get('keyboard')
    .addListener(BEFORE_BPMN_JS, ({ keyEvent }: { keyEvent: KeyboardEvent }) => {
      if (keyEvent.key.toLowerCase() !== 'i' || keyEvent.ctrlKey || keyEvent.metaKey) return;
      const selected = selection.get() as Element[];
      const [only] = selected;
      const flow = only?.type === 'label' && 'labelTarget' in only ? only.labelTarget : only;
      if (selected.length !== 1 || !flow?.businessObject?.$instanceOf('bpmn:SequenceFlow')) return;
      const created = insertStepOnFlow(
        <K extends keyof InsertStepServices>(name: K) =>
          modeler.get(name as string) as InsertStepServices[K],
        flow as Connection,
      );
      if (!created) return;
      selection.select(created);
      (modeler.get('directEditing') as { activate(element: Element): void }).activate(created);
      return true;
    });

  const stopKeyboardCreations = placeKeyboardCreations(
    <K extends keyof KeyboardCreateServices>(name: K) =>
      modeler.get(name as string) as KeyboardCreateServices[K],
    container,
  );

  const shapeFor = (id: string): Element | undefined =>
    byId(id) ??
    // A process checked by bpmnlint is drawn as the pool that refers to it.
    (registry.find(
      (element) => (element.businessObject?.processRef as { id?: string } | undefined)?.id === id,
    ) as Element | undefined);

  return {
    async open(xml, { keepView = false } = {}) {
      const view = keepView ? canvas.viewbox() : undefined;
      measureBeforeDrawing();
      try {
        const { warnings } = await modeler.importXML(xml);
        if (view) canvas.viewbox(view);
        else fitMeasured();
        return { ok: true, warnings: warnings.map(warningText) };
      } catch (error) {
        const warnings = (error as { warnings?: unknown[] }).warnings ?? [];
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: message, warnings: warnings.map(warningText) };
      }
    },
    async replace(xml) {
      const unsafe = screenBpmnText(xml);
      if (unsafe) return { ok: false, error: unsafe, warnings: [] };
      // Drawn once, in place (a first drawing in a throwaway viewer, to check the file,
      // doubled the time of an import). A file bpmn-js can only partly read is taken back
      // at once: the diagram before is drawn again from its own model, view kept, within
      // the same task, so no frame ever shows the refused one.
      const before = modeler.getDefinitions();
      const view = canvas.viewbox();
      const outcome = await this.open(xml);
      if (outcome.ok && outcome.warnings.length === 0) return outcome;
      if (before) {
        await modeler.importDefinitions(before);
        canvas.viewbox(view);
      }
      return outcome;
    },
    async saveXml() {
      const { xml, error } = await modeler.saveXML({ format: true, preamble: true });
      if (xml === undefined) throw error ?? new Error('bpmn-js wrote no XML.');
      return xml;
    },
    async svg() {
      return (await modeler.saveSVG()).svg;
    },
    onChange(listener) {
      eventBus.on('commandStack.changed', (event: { trigger?: string | null }) => {
        const cause = causes[event.trigger ?? ''];
        if (cause) listener(cause);
      });
    },
    onSelectionChange(listener) {
      const current = () => {
        const [element] = selection.get();
        return element ? readElement(element) : undefined;
      };
      eventBus.on('selection.changed', () => listener(current()));
      eventBus.on('elements.changed', () => listener(current()));
    },
    onDelete(listener) {
      watchDeletions(eventBus, commandStack, registry, listener);
    },
    undo: () => commandStack.undo(),
    redo: () => commandStack.redo(),
    selectElement(id) {
      const shape = shapeFor(id);
      if (!shape) return false;
      selection.select(shape);
      canvas.scrollToElement(shape);
      return true;
    },
    updateElement(id, changes: ElementChanges) {
      const element = byId(id);
      if (!element) return;
      if (changes.name !== undefined) modeling.updateLabel(element, changes.name);
      const properties: Record<string, unknown> = {};
      if ('role' in changes) properties['fabrik:role'] = changes.role || undefined;
      if ('delayDays' in changes) properties['fabrik:delayDays'] = changes.delayDays;
      if ('statusId' in changes) properties['fabrik:status'] = changes.statusId || undefined;
      if (changes.notes !== undefined) {
        properties.documentation =
          changes.notes.trim() === ''
            ? []
            : [modeler.get('bpmnFactory').create('bpmn:Documentation', { text: changes.notes })];
      }
      if (Object.keys(properties).length > 0) modeling.updateProperties(element, properties);
    },
    connectTargets(sourceId) {
      const source = byId(sourceId);
      if (!source) return [];
      const outgoing = (source.businessObject.outgoing as { targetRef?: { id: string } }[]) ?? [];
      const linked = new Set(outgoing.map((flow) => flow.targetRef?.id));
      return (registry.getAll() as Element[])
        .filter(
          (element) =>
            element !== source &&
            element.type !== 'label' &&
            Boolean(element.businessObject?.$instanceOf('bpmn:FlowNode')) &&
            !linked.has(element.id) &&
            Boolean(rules.allowed('connection.create', { source, target: element })),
        )
        .map((element) => ({
          id: element.id,
          label: readElement(element).name || typeLabel(element.type),
        }));
    },
    connect(sourceId, targetId) {
      const source = byId(sourceId);
      const target = byId(targetId);
      if (!source || !target) return false;
      return Boolean(modeling.connect(source, target));
    },
    insertStep(flowId) {
      const flow = byId(flowId);
      if (!flow?.businessObject?.$instanceOf('bpmn:SequenceFlow')) return undefined;
      const created = insertStepOnFlow(
        <K extends keyof InsertStepServices>(name: K) =>
          modeler.get(name as string) as InsertStepServices[K],
        flow as Connection,
      );
      return created?.businessObject?.id as string | undefined;
    },
    addStepAfter(sourceId) {
      const source = byId(sourceId);
      if (!source?.businessObject?.$instanceOf('bpmn:FlowNode')) return undefined;
      if (source.businessObject.$instanceOf('bpmn:EndEvent')) return undefined;
      const ways = ((source as Shape).outgoing ?? []).filter((flow) =>
        flow.businessObject?.$instanceOf('bpmn:SequenceFlow'),
      );
      const [only] = ways;
      if (ways.length === 1 && only) return this.insertStep(only.id);
      // As the context pad's « append task » does: placed after it, linked from it.
      const task = (modeler.get('elementFactory') as ElementFactory).createShape({
        type: 'bpmn:UserTask',
      });
      const created = (modeler.get('autoPlace') as AutoPlace).append(
        source as Shape,
        task,
      ) as unknown as Element;
      selection.select(created);
      canvas.scrollToElement(created);
      return created.businessObject?.id as string | undefined;
    },
    zoom(factor) {
      canvas.zoom(canvas.zoom() * factor);
    },
    fitToScreen,
    showPresence: shared.showPresence,
    setReadOnly: shared.setReadOnly,
    setLargeDisplay(on) {
      // Nothing changed since the diagram was fitted (its opening is followed by this
      // call): not moved again, which would lay all of its shapes out once more.
      const unchanged = on === large && sizeOf() === fittedSize;
      large = on;
      if (!unchanged) refit();
    },
    focus() {
      container.querySelector<SVGElement>('svg')?.focus();
    },
    destroy() {
      sizeWatch?.disconnect();
      stopKeyboardCreations();
      modeler.destroy();
    },
  };
}
