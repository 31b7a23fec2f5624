/**
 * Links in a document body that point inside the site (relative, or absolute to one of the
 * site's own origins). Public paths of documents and attachments are fixed here so that the
 * pre-publication check can tell a link to a document that does not exist
 * (《政府网站与政务新媒体检查指标》: 站内链接不可用 is a deduction).
 */
export const PUBLIC_DOCUMENT_PATH = '/documents/';

export type InternalLink =
  | { href: string; kind: 'document'; documentId: string }
  | { href: string; kind: 'attachment'; documentId: string; attachmentId: string }
  | { href: string; kind: 'page'; path: string };

export function documentPath(documentId: string): string {
  return `${PUBLIC_DOCUMENT_PATH}${encodeURIComponent(documentId)}`;
}

export function attachmentPath(documentId: string, attachmentId: string): string {
  return `${documentPath(documentId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** Every href of an <a> in sanitized HTML. */
export function linkHrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\bhref\s*=\s*("([^"]*)"|'([^']*)')/gi)].map((m) => decodeAttribute(m[2] ?? m[3] ?? ''));
}

/** The internal links of a body; external links and in-page anchors are left out. */
export function internalLinks(html: string, siteOrigins: readonly string[]): InternalLink[] {
  const links: InternalLink[] = [];
  for (const href of linkHrefs(html)) {
    const path = sitePath(href.trim(), siteOrigins);
    if (path === null) continue;
    const attachment = /^\/documents\/([^/?#]+)\/attachments\/([^/?#]+)\/?$/.exec(path);
    const document = /^\/documents\/([^/?#]+)\/?$/.exec(path);
    if (attachment) links.push({ href, kind: 'attachment', documentId: safeDecode(attachment[1]!), attachmentId: safeDecode(attachment[2]!) });
    else if (document) links.push({ href, kind: 'document', documentId: safeDecode(document[1]!) });
    else links.push({ href, kind: 'page', path });
  }
  return links;
}

function sitePath(href: string, siteOrigins: readonly string[]): string | null {
  if (!href || href.startsWith('#') || /^(mailto|tel):/i.test(href)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    try {
      const url = new URL(href.startsWith('//') ? `https:${href}` : href);
      const own = siteOrigins.some((origin) => new URL(origin).host === url.host);
      return own ? url.pathname : null;
    } catch {
      return null;
    }
  }
  const url = new URL(href, 'https://site.invalid/documents/current');
  return url.pathname;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
