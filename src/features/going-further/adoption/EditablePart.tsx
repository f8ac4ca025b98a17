import {
  dropAdoptionPart,
  editAdoptionPart,
  keepAdoptionPart,
} from '../../../domain/going-further/adoption/commands';
import type { ResolvedPart } from '../../../domain/going-further/editedParts';
import { EditablePart as SharedEditablePart, type PartCommands } from '../EditablePart';

const adoptionCommands: PartCommands = {
  edit: editAdoptionPart,
  keep: keepAdoptionPart,
  drop: dropAdoptionPart,
};

/** A part of an adoption document the team may reword (the shared mechanism, bound to adoption). */
export function EditablePart(props: {
  label: string;
  part: ResolvedPart;
  generated: string;
  rows?: number;
}) {
  return <SharedEditablePart {...props} commands={adoptionCommands} />;
}
