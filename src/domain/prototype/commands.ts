import { CommandRefusedError, defineCommand } from '../commands';
import { PROTOTYPE_NAME_MAX_LENGTH } from './model';

/**
 * Renames the prototype. The name is kept as typed (spaces included, so that typing
 * "Carte de" does not lose its last space); a blank name is refused.
 */
export const renamePrototype = defineCommand(
  'renamePrototype',
  (prototype, { name }: { name: string }) => {
    if (name.trim() === '') throw new CommandRefusedError('errors.nameRequired');
    if (name.length > PROTOTYPE_NAME_MAX_LENGTH) {
      throw new CommandRefusedError('errors.nameTooLong', { max: PROTOTYPE_NAME_MAX_LENGTH });
    }
    return name === prototype.name ? prototype : { ...prototype, name };
  },
  () => 'name',
);
