/**
 * The i18n namespace of a part of « Pour aller plus loin »: each part brings its own strings
 * (its `label` among them), which the step's screen, the review and the diff read by it.
 */
export const partNamespace = (part: string) => `goingFurther-${part}`;

/** The key of a part's label, with its namespace: every part's strings have one. */
export const partLabelKey = (part: string) => `${partNamespace(part)}:label`;
