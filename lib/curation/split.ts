import { normaliseName, toEntityId } from '@/lib/extract';
import { BadInputError } from '@/lib/errors';
import { isEntityType, type EntityType } from '@/lib/model';
import { curate, type CurationOutcome } from './record';
import { getStored } from './merge';
import { moveRelationSupport, type Support } from './move';
import * as Q from './queries';

type MentionRow = { articleId: string; text: string; starts: number[]; ends: number[] };

/**
 * Splits a wrongly merged alias off an entity into a new entity. Mentions whose text is that alias move to the
 * new entity. Relation evidence moves too when its sentence names the alias and none of the forms that stay, or
 * when its article no longer mentions the old entity at all. A sentence naming both forms stays: nothing says
 * which one it meant.
 */
export async function splitAlias(entityId: string, alias: string, actor: string, type?: EntityType): Promise<CurationOutcome> {
  return curate('split', actor, [entityId], async (tx) => {
    const entity = await getStored(tx, entityId);
    if (!entity.aliases.includes(alias)) throw new BadInputError(`“${alias}” is not an alias of ${entity.name}. Pick one of: ${entity.aliases.join(', ') || '(none)'}.`);
    const newType = type ?? entity.type;
    if (!isEntityType(newType)) throw new BadInputError(`Unknown entity type ${newType}.`);
    const newId = toEntityId(newType, alias);
    if ((await tx.run(Q.GET_ENTITY, { id: newId })).records.length > 0) {
      throw new BadInputError(`An entity ${newId} already exists; merge the alias into it instead of splitting.`);
    }
    await tx.run(Q.CREATE_ENTITY, { id: newId, name: alias, type: newType, aliases: [], now: new Date().toISOString() });
    const key = normaliseName(alias);
    const movedArticles = new Set<string>();
    const mentions = (await tx.run(Q.GET_MENTIONS, { id: entityId })).records.map((r) => r.toObject() as MentionRow);
    for (const m of mentions) {
      const spans = m.starts.map((start, i) => ({ start, end: m.ends[i] ?? start }));
      const isAlias = (s: { start: number; end: number }) => normaliseName(m.text.slice(s.start, s.end)) === key;
      const moving = spans.filter(isAlias);
      if (moving.length === 0) continue;
      const staying = spans.filter((s) => !isAlias(s));
      await tx.run(Q.ADD_MENTION_SPANS, { articleId: m.articleId, entityId: newId, starts: moving.map((s) => s.start), ends: moving.map((s) => s.end) });
      if (staying.length > 0) {
        await tx.run(Q.SET_MENTION_SPANS, { articleId: m.articleId, entityId, starts: staying.map((s) => s.start), ends: staying.map((s) => s.end) });
      } else {
        await tx.run(Q.DELETE_MENTION, { articleId: m.articleId, entityId });
        movedArticles.add(m.articleId);
      }
    }
    const stayingForms = [entity.name, ...entity.aliases.filter((a) => a !== alias)].map(normaliseName);
    const take = ({ articleId, sentence }: Support) => movedArticles.has(articleId) || (sentence !== null && namesOnly(sentence, key, stayingForms));
    const neighbours = await moveRelationSupport(tx, entityId, newId, take);
    await tx.run(Q.SET_NAME_AND_ALIASES, { id: entityId, name: entity.name, aliases: entity.aliases.filter((a) => a !== alias) });
    return { afterIds: [entityId, newId], touched: neighbours, summary: `Split “${alias}” off “${entity.name}” into a new ${newType} (${newId})`, entityId: newId };
  });
}

/** Whether a sentence names `key` (word for word, after normaliseName) and, with those words taken out, none of `others`. */
export function namesOnly(sentence: string, key: string, others: string[]): boolean {
  const padded = ` ${normaliseName(sentence)} `;
  if (key === '' || !padded.includes(` ${key} `)) return false;
  const rest = padded.split(` ${key} `).join(' | ');
  return !others.some((o) => o !== '' && rest.includes(` ${o} `));
}
