// bpmn-moddle 10 ships types for its meta-model only (`bpmn-moddle/types`, whose elements
// type every property as `any`), none for its main entry: this is the part Fabrik uses,
// with what it reads typed `unknown` so that it is checked before use.
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
