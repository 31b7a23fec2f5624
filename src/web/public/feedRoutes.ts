import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDatabase } from '../../app/context.ts';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { listRegionTree, type RegionNode } from '../../app/agencies/listRegionTree.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { listPublicDocuments, type PublicDocumentSummary } from '../../app/documents/listDocuments.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { atomDate, publicOrigin, xmlEscape } from './xml.ts';
import { publicItemPath, publishedItemOrReply } from './itemAddress.tsx';

const FEED_SIZE = 50;

interface Feed {
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  author: string;
  fallbackUpdated: string;
  documents: PublicDocumentSummary[];
}

/** An Atom 1.0 feed (RFC 4287) of published documents, newest first. */
export function atomFeed(origin: string, feed: Feed): string {
  const updated = feed.documents[0]?.publishedOn ?? feed.fallbackUpdated;
  const entries = feed.documents.map((doc) => {
    const url = `${origin}${doc.url}`;
    const lines = [`索引号：${doc.indexNumber}`, doc.documentNumber ? `文号：${doc.documentNumber}` : null, `发布机构：${doc.publisher}`, `有效性：${doc.validityLabel}`, doc.state === 'withdrawn' ? '已撤回' : null];
    return `  <entry>
    <id>${xmlEscape(url)}</id>
    <title>${xmlEscape(doc.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <published>${atomDate(doc.publishedOn)}</published>
    <updated>${atomDate(doc.publishedOn)}</updated>
    <summary>${xmlEscape(lines.filter(Boolean).join('；'))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${xmlEscape(feed.id)}</id>
  <title>${xmlEscape(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(feed.pageUrl)}"/>
  <updated>${atomDate(updated)}</updated>
  <author><name>${xmlEscape(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** Shared caches may keep a feed only when its URLs come from the configured origin (xml.ts). */
const sendXml = (reply: FastifyReply, type: string, body: string, cacheable: boolean) =>
  reply.type(`${type}; charset=utf-8`).header('cache-control', cacheable ? 'public, max-age=300' : 'private, no-store').send(body);

/** Every public document (paged through the list use case). */
async function allDocuments(db: AppDatabase): Promise<PublicDocumentSummary[]> {
  const all: PublicDocumentSummary[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await listPublicDocuments(db, { limit: 100, offset });
    all.push(...page.documents);
    if (page.documents.length < 100 || all.length >= 45_000) return all;
  }
}

/** Atom per agency and per catalog item; /sitemap.xml of every public page. */
export function registerFeedRoutes(app: FastifyInstance): void {
  const db = () => app.gongkai.engine.db;

  app.get<{ Params: { agencyId: string } }>('/agencies/:agencyId/feed.xml', async (request, reply) => {
    const agency = await getAgency(db(), request.params.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    const { origin, cacheable } = publicOrigin(request);
    const { documents } = await listPublicDocuments(db(), { agencyId: agency.id, limit: FEED_SIZE });
    const page = `${origin}/agencies/${agency.id}`;
    return sendXml(reply, 'application/atom+xml', atomFeed(origin, {
      id: page, title: `${agency.name} 政府信息公开`, selfUrl: `${page}/feed.xml`, pageUrl: page, author: agency.name, fallbackUpdated: app.gongkai.clock.today(), documents,
    }), cacheable);
  });

  app.get<{ Params: { agencyId: string; itemRef: string } }>('/agencies/:agencyId/items/:itemRef/feed.xml', async (request, reply) => {
    const agency = await getAgency(db(), request.params.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    const found = await publishedItemOrReply(db(), request, reply, agency, request.params.itemRef, '/feed.xml');
    if (!found) return reply;
    const { item, formerNames } = found;
    const { origin, cacheable } = publicOrigin(request);
    const { documents } = await listPublicDocuments(db(), { item: { agencyId: agency.id, level1: item.level1, level2: item.level2, formerNames }, limit: FEED_SIZE });
    const page = `${origin}${publicItemPath(agency.id, item.itemKey)}`;
    return sendXml(reply, 'application/atom+xml', atomFeed(origin, {
      id: page, // the key's address: the feed keeps its identity when the item is renamed (issue 12)
      title: `${agency.name} · ${item.level2 ?? item.level1}`, selfUrl: `${page}/feed.xml`, pageUrl: page, author: agency.name, fallbackUpdated: app.gongkai.clock.today(), documents,
    }), cacheable);
  });

  app.get('/sitemap.xml', async (request, reply) => {
    const { origin, cacheable } = publicOrigin(request);
    const paths: string[] = ['/', '/search'];
    const walk = async (nodes: readonly RegionNode[]) => {
      for (const node of nodes) {
        paths.push(`/regions/${node.id}`);
        for (const agency of node.agencies) {
          paths.push(...['', '/guide', '/rules', '/content', '/reports', '/apply'].map((p) => `/agencies/${agency.id}${p}`));
          for (const item of (await getPublishedCatalog(db(), agency.id))?.items ?? []) paths.push(publicItemPath(agency.id, item.itemKey));
        }
        await walk(node.children);
      }
    };
    await walk(await listRegionTree(db()));
    const documents = await allDocuments(db());
    const urls = [...paths.map((p) => ({ loc: `${origin}${p}`, lastmod: null as string | null })), ...documents.map((d) => ({ loc: `${origin}${d.url}`, lastmod: d.publishedOn }))];
    const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
    return sendXml(reply, 'application/xml', body, cacheable);
  });
}
