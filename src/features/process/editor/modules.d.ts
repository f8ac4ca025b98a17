// bpmn-js-create-append-anything ships no types: the module the diagram editor installs.
declare module 'bpmn-js-create-append-anything' {
  import type { ModuleDeclaration } from 'didi';
  export const CreateAppendAnythingModule: ModuleDeclaration;
}
