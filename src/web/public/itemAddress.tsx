import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDatabase } from '../../app/context.ts';
import type { AgencyView } from '../../app/agencies/getAgency.ts';
import { findPublishedItem, type PublishedItemLookup } from '../../app/catalog/findPublishedItem.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { ErrorPage } from '../shared/errorPage.tsx';
import { sendPage } from '../shared/render.ts';
import { viewerOf } from '../shared/requestContext.ts';

export type FoundItem = Extract<PublishedItemLookup, { kind: 'found' }>;

/** The public address of an item: by its permanent key, so it survives new catalog versions (issue 12). */
export const publicItemPath = (agencyId: string, itemKey: string) => `/agencies/${agencyId}/items/${itemKey}`;

/**
 * The published item an address names, or null once the reply is sent: an old address (a row id of some version)
 * moves for good (301) to the key's address (with `suffix`, e.g. `/feed.xml`); an item the catalog no longer has
 * answers 410 with the version that removed it and a link to the current catalog.
 */
export async function publishedItemOrReply(
  db: AppDatabase, request: FastifyRequest, reply: FastifyReply, agency: Pick<AgencyView, 'id' | 'name'>, ref: string, suffix = '',
): Promise<FoundItem | null> {
  const found = await findPublishedItem(db, agency.id, ref);
  if (found.kind === 'found') return found;
  if (found.kind === 'unknown') throw new NotFoundError('找不到该事项');
  if (found.kind === 'moved') {
    await reply.redirect(`${publicItemPath(agency.id, found.itemKey)}${suffix}`, 301);
    return null;
  }
  const message = `该事项已在第${found.removedInVersion}版目录中删除。`;
  const back = { href: `/agencies/${agency.id}`, label: `查看${agency.name}现行政务公开目录` };
  await sendPage(reply, <ErrorPage status={410} title="该事项已删除" message={message} back={back} viewer={viewerOf(request, reply)} />, 410);
  return null;
}
