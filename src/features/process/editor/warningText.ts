/** bpmn-js's warnings are errors, though typed as strings. */
export const warningText = (warning: unknown) =>
  String((warning as { message?: unknown } | undefined)?.message ?? warning);
