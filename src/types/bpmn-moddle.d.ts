// bpmn-moddle ships no types for its main entry; this is the part Fabrik uses.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    readonly $type: string;
    $instanceOf(type: string): boolean;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    [key: string]: unknown;
  }

  export interface ParseWarning {
    message: string;
  }

  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
    ): Promise<{ rootElement: ModdleElement; warnings: ParseWarning[] }>;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
  }
}
