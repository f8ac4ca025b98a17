/** Every named change to the form: the designer calls these, and nothing else edits the form. */
export { addField, moveField, removeField, duplicateField, pasteField } from './commands/structure';
export {
  updateField,
  setFieldKey,
  setFieldOptions,
  setFieldCondition,
  type FieldPatch,
} from './commands/properties';
export { addPage, renamePage, movePage, removePage, setPageCondition } from './commands/pages';
