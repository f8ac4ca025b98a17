// Packages without types, and the part of them the diagram editor uses.
declare module 'bpmn-js-create-append-anything' {
  import type { ModuleDeclaration } from 'didi';
  export const CreateAppendAnythingModule: ModuleDeclaration;
}

declare module 'moddle-xml' {
  export class Writer {
    constructor(options?: { format?: boolean; preamble?: boolean });
    toXML(element: unknown): string;
  }
}
