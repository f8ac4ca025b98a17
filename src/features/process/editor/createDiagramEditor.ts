// The lazily loaded chunk: bpmn-js, its styles, and Fabrik's modules. Nothing else in
// the app imports bpmn-js, so the catalogue's first load never carries it.
import Modeler from 'bpmn-js/lib/Modeler';
import { CreateAppendAnythingModule } from 'bpmn-js-create-append-anything';
import { Writer } from 'moddle-xml';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import { fabrikModdleDescriptor } from '../../../domain/process/fabrikModdle';
import { placeKeyboardCreations } from './keyboardCreate';
import { readElement, type BpmnShape } from './readElement';
import { tryImport, warningText } from './tryImport';
import { translatorFor, typeLabel } from './translate';
import type { DiagramEditor, DiagramEditorOptions, ElementChanges } from './types';

interface CommandStack {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
}
interface EventBus {
  on(event: string, listener: (event: Record<string, unknown>) => void): void;
  fire(event: string, payload: unknown): unknown;
}
interface Viewbox {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
  inner: { x: number; y: number; width: number; height: number };
  outer: { width: number; height: number };
}
interface Canvas {
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number;
  viewbox(box?: Omit<Viewbox, 'scale' | 'inner' | 'outer'>): Viewbox;
  scrollToElement(element: BpmnShape): void;
  getContainer(): HTMLElement;
}
interface ElementRegistry {
  get(id: string): BpmnShape | undefined;
  filter(predicate: (element: BpmnShape) => boolean): BpmnShape[];
}
interface Modeling {
  connect(source: BpmnShape, target: BpmnShape): unknown;
  updateLabel(element: BpmnShape, text: string): void;
  updateProperties(element: BpmnShape, properties: Record<string, unknown>): void;
}
interface ModdleFactory {
  create(type: string, attrs: Record<string, unknown>): unknown;
}

/** Creates bpmn-js's modeler in the container, in the app's language, with Fabrik's attributes. */
export function createDiagramEditor({ container, language }: DiagramEditorOptions): DiagramEditor {
  const translate = translatorFor(language);
  const modeler = new Modeler({
    container,
    additionalModules: [CreateAppendAnythingModule, { translate: ['value', translate] }],
    moddleExtensions: { fabrik: fabrikModdleDescriptor },
  });
  const get = <T>(name: string) => modeler.get(name) as T;
  const commandStack = get<CommandStack>('commandStack');
  const eventBus = get<EventBus>('eventBus');
  const canvas = get<Canvas>('canvas');
  const registry = get<ElementRegistry>('elementRegistry');
  const modeling = get<Modeling>('modeling');
  const moddle = get<ModdleFactory>('moddle');
  const rules = get<{ allowed(action: string, context: Record<string, unknown>): unknown }>(
    'rules',
  );
  const selection = get<{ select(element: BpmnShape | null): void; get(): BpmnShape[] }>(
    'selection',
  );

  // Fits the diagram in the space the palette leaves free, so nothing starts hidden under it.
  const fit = () => {
    const { inner, outer } = canvas.viewbox();
    const palette = container.querySelector('.djs-palette')?.getBoundingClientRect().width ?? 0;
    const left = palette + 24;
    const scale = Math.min(
      1,
      (outer.width - left - 24) / Math.max(inner.width, 1),
      (outer.height - 48) / Math.max(inner.height, 1),
    );
    if (!(scale > 0)) {
      canvas.zoom('fit-viewport', 'auto');
      return;
    }
    canvas.viewbox({
      x: inner.x - left / scale,
      y: inner.y - (outer.height - inner.height * scale) / 2 / scale,
      width: outer.width / scale,
      height: outer.height / scale,
    });
  };

  const stopKeyboardCreations = placeKeyboardCreations(
    (name) => modeler.get(name) as never,
    container,
  );

  const shapeFor = (id: string) =>
    registry.get(id) ??
    // A process checked by bpmnlint is drawn as the pool that refers to it.
    registry.filter(
      (element) => (element.businessObject.processRef as { id?: string } | undefined)?.id === id,
    )[0];

  return {
    async open(xml) {
      try {
        const { warnings } = await modeler.importXML(xml);
        fit();
        return { ok: true, warnings: warnings.map(warningText) };
      } catch (error) {
        const warnings = (error as { warnings?: unknown[] }).warnings ?? [];
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: message, warnings: warnings.map(warningText) };
      }
    },
    async replace(xml) {
      const preview = await tryImport(xml);
      if (!preview.ok || preview.warnings.length > 0) return preview;
      return this.open(xml);
    },
    xmlNow() {
      const definitions = modeler.getDefinitions();
      // What saveXML does before serialising (bpmn-js orders the diagram interchange).
      eventBus.fire('saveXML.start', { definitions });
      return new Writer({ format: true, preamble: true }).toXML(definitions);
    },
    async svg() {
      return (await modeler.saveSVG()).svg;
    },
    onChange(listener) {
      eventBus.on('commandStack.changed', () => listener());
    },
    onSelectionChange(listener) {
      const current = () => {
        const [element] = selection.get();
        return element ? readElement(element, translate) : undefined;
      };
      eventBus.on('selection.changed', () => listener(current()));
      eventBus.on('elements.changed', () => listener(current()));
    },
    canUndo: () => commandStack.canUndo(),
    canRedo: () => commandStack.canRedo(),
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
      const element = registry.get(id);
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
            : [moddle.create('bpmn:Documentation', { text: changes.notes })];
      }
      if (Object.keys(properties).length > 0) modeling.updateProperties(element, properties);
    },
    connectTargets(sourceId) {
      const source = registry.get(sourceId);
      if (!source) return [];
      const outgoing = (source.businessObject.outgoing as { targetRef?: { id: string } }[]) ?? [];
      const linked = new Set(outgoing.map((flow) => flow.targetRef?.id));
      return registry
        .filter(
          (element) =>
            element !== source &&
            element.type !== 'label' &&
            element.businessObject.$instanceOf('bpmn:FlowNode') &&
            !linked.has(element.id) &&
            Boolean(rules.allowed('connection.create', { source, target: element })),
        )
        .map((element) => ({
          id: element.id,
          label: readElement(element, translate).name || typeLabel(element.type, translate),
        }));
    },
    connect(sourceId, targetId) {
      const source = registry.get(sourceId);
      const target = registry.get(targetId);
      if (!source || !target) return false;
      return Boolean(modeling.connect(source, target));
    },
    zoom(factor) {
      canvas.zoom(canvas.zoom() * factor, 'auto');
    },
    fit,
    focus() {
      container.querySelector<SVGElement>('svg')?.focus();
    },
    destroy() {
      stopKeyboardCreations();
      modeler.destroy();
    },
  };
}
