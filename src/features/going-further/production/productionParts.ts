import {
  dropProductionPart,
  editProductionPart,
  keepProductionPart,
} from '../../../domain/going-further/production/commands';
import type { PartCommands } from '../EditablePart';

/** The shared rewording mechanism bound to the production part. */
export const productionPartCommands: PartCommands = {
  edit: editProductionPart,
  keep: keepProductionPart,
  drop: dropProductionPart,
};
