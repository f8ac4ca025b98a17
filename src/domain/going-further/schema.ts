import { z } from 'zod';
import { adoptionSchema } from './adoption/schema';
import { calendarSchema } from './calendar/schema';
import { launchSchema } from './launch/schema';
import { operationsSchema } from './operations/schema';
import { productionSchema } from './production/schema';

/**
 * « Pour aller plus loin »: what follows the approval, one part per key, each absent until
 * someone works on it, each with its schema in its own folder. A part is added by one line.
 */
export const goingFurtherSchema = z.object({
  /** The deployment operations and their RACI. */
  operations: operationsSchema.optional(),
  /** The deployment calendar. */
  calendar: calendarSchema.optional(),
  /** The deployment request and the production tests, from the approved version. */
  production: productionSchema.optional(),
  /** The launch checklists, pilot phase then open phase. */
  launch: launchSchema.optional(),
  /** Adoption: the team's wording of the training guides, FAQ and pilot report, and the pilot. */
  adoption: adoptionSchema.optional(),
});

export type GoingFurther = z.infer<typeof goingFurtherSchema>;
/** The parts of « Pour aller plus loin », as its content keys. */
export type GoingFurtherPart = keyof GoingFurther;
