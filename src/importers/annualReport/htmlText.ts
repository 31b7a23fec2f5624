import { decodeEntities } from './htmlTables.ts';

/** Elements whose end is a line break in the text a reader sees. */
const BLOCK_END = /<\/(p|div|h[1-6]|li|tr|table|section|article|blockquote)\s*>|<br\s*\/?>/gi;

/**
 * The visible text of a saved report page, one paragraph per line: scripts, styles and comments
 * dropped, block ends as line breaks, table cells separated by a space, entities decoded.
 */
export function htmlText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK_END, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(body)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
