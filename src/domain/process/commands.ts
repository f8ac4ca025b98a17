import { CommandRefusedError, defineCommand } from '../commands';
import { ROLE_NAME_MAX_LENGTH } from './schema';

/**
 * Stores the diagram as the editor last saved it. The editor owns the live diagram and
 * calls this after each of its own changes, each one undo step: never merged with the
 * next, since the editor takes back exactly the change it recorded.
 */
export const setProcessXml = defineCommand(
  'setProcessXml',
  (prototype, { xml }: { xml: string }) =>
    prototype.process.bpmnXml === xml
      ? prototype
      : { ...prototype, process: { ...prototype.process, bpmnXml: xml } },
);

/** Adds a role to choose from; a role already there is not added twice. */
export const addProcessRole = defineCommand(
  'addProcessRole',
  (prototype, { name }: { name: string }) => {
    const role = name.trim();
    if (role === '') throw new CommandRefusedError('process:errors.roleRequired');
    if (role.length > ROLE_NAME_MAX_LENGTH) {
      throw new CommandRefusedError('process:errors.roleTooLong', { max: ROLE_NAME_MAX_LENGTH });
    }
    if (prototype.process.roles.includes(role)) return prototype;
    return {
      ...prototype,
      process: { ...prototype.process, roles: [...prototype.process.roles, role] },
    };
  },
);
