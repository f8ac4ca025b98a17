/**
 * The zod schema of an edited part, apart from its helpers (editedParts.ts): the screens that
 * show and edit the parts read the helpers, and must not bring zod with them.
 */

import { z } from 'zod';
import { EDITED_TEXT_MAX } from './editedParts';

const text = z.string().max(EDITED_TEXT_MAX);

/**
 * A generated part the team reworded. `generated` is what the prototype said when they did:
 * when the prototype now says something else, the screen shows both and the team chooses,
 * so their text is never overwritten silently.
 */
export const editedPartSchema = z.object({
  /** Which part of which document: `guide:<role>:<step id>:check`, `request:security:https`… */
  key: z.string().min(1).max(600),
  /** The team's text. */
  text,
  /** What the prototype said when the team wrote it. */
  generated: text,
});

export type EditedPart = z.infer<typeof editedPartSchema>;
