import sanitizeHtml from 'sanitize-html';

/**
 * The rich-text policy for document bodies, as data: a conservative set of text,
 * list and table tags; links only to http(s), mailto, tel and site-relative paths;
 * images only from the site itself. No script, style, iframe, form or event handler
 * attribute survives, and `javascript:`/`data:` URLs are dropped.
 */
export const BODY_POLICY = {
  allowedTags: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
    'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'span', 'div',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
    'a', 'img',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    col: ['span'],
    ol: ['start', 'type'],
  },
  /** Only these fixed class names survive: the 年报 tables' cell roles (exporters/annualReport/tablesHtml.ts), for their layout on phones. */
  allowedClasses: {
    table: ['report-table', 'report-table2', 'report-table3', 'report-table4'],
    th: ['report-head', 'report-label', 'report-value', 'report-blank'],
    td: ['report-head', 'report-label', 'report-value', 'report-blank'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [] as string[] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
} as const;

/** Sanitize a body to the policy; external links get rel="noopener noreferrer". */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...BODY_POLICY.allowedTags],
    allowedAttributes: Object.fromEntries(Object.entries(BODY_POLICY.allowedAttributes).map(([tag, attrs]) => [tag, [...attrs]])),
    allowedClasses: Object.fromEntries(Object.entries(BODY_POLICY.allowedClasses).map(([tag, names]) => [tag, [...names]])),
    allowedSchemes: [...BODY_POLICY.allowedSchemes],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: BODY_POLICY.allowProtocolRelative,
    disallowedTagsMode: BODY_POLICY.disallowedTagsMode,
    transformTags: {
      a: (tagName, attribs) =>
        /^https?:/i.test(attribs.href ?? '') ? { tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } } : { tagName, attribs },
    },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  }).trim();
}

/** The plain text of sanitized HTML (for checks, search and snippets): blocks become line breaks. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<(br|\/p|\/div|\/li|\/tr|\/h\d|\/blockquote|\/pre|\/dt|\/dd)\b[^>]*>/gi, '\n').replace(/<\/t[dh]>/gi, '\t');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n[\n ]*/g, '\n').trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => safeChar(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => safeChar(Number(dec)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
