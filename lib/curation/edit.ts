import { BadInputError } from '@/lib/errors';
import { cleanLine, refuseLoneSurrogates } from '@/lib/text/clean-text';
import type { EntityType } from '@/lib/model';
import { curate, type CurationOutcome } from './record';
import { getStored } from './merge';
import * as Q from './queries';

/** Renames an entity; the old name stays as an alias so resolution still finds it. The id does not change. */
export async function renameEntity(entityId: string, name: string, actor: string): Promise<CurationOutcome> {
  refuseLoneSurrogates(name, 'new name');
  // Controls and line breaks never reach a stored name (see lib/text/clean-text.ts).
  const newName = cleanLine(name);
  if (newName === '') throw new BadInputError('The new name is empty.');
  return curate('rename', actor, [entityId], async (tx) => {
    const entity = await getStored(tx, entityId);
    if (entity.name === newName) throw new BadInputError(`${entityId} is already called “${newName}”.`);
    const aliases = [...new Set([...entity.aliases, entity.name])].filter((a) => a !== newName);
    await tx.run(Q.SET_NAME_AND_ALIASES, { id: entityId, name: newName, aliases });
    return { afterIds: [entityId], touched: [], summary: `Renamed “${entity.name}” to “${newName}” (${entityId})`, entityId };
  });
}

/** Changes an entity's type (property and label). Its id stays, so links and evidence keep working. */
export async function retypeEntity(entityId: string, type: EntityType, actor: string): Promise<CurationOutcome> {
  return curate('retype', actor, [entityId], async (tx) => {
    const entity = await getStored(tx, entityId);
    if (entity.type === type) throw new BadInputError(`${entity.name} is already a ${type}.`);
    await tx.run(Q.SET_TYPE, { id: entityId, old: entity.type as EntityType, type });
    return { afterIds: [entityId], touched: [], summary: `Changed the type of “${entity.name}” from ${entity.type} to ${type}`, entityId };
  });
}
