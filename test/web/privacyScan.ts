/**
 * Requests every URL of a set of routes as one client and reports each marker found in an answer.
 * PDFs are read back as text (pdftotext), since their streams are compressed; a search query's
 * own echo is removed before scanning, so only what the server found can trip it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { WebClient } from '../helpers/webApp.ts';

export interface ScanResult {
  requests: number;
  statuses: Map<number, number>;
  leaks: string[];
}

export const emptyScan = (): ScanResult => ({ requests: 0, statuses: new Map(), leaks: [] });

function textOf(response: LightMyRequestResponse): string {
  if (!String(response.headers['content-type'] ?? '').includes('pdf')) return response.body;
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-scan-')), 'answer.pdf');
  writeFileSync(file, response.rawPayload);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** GET each URL; `echo` is the query text to strip from the answer (lower-case, like the markers). */
export async function scanUrls(client: WebClient, urls: readonly string[], markers: readonly string[], result: ScanResult, echo = ''): Promise<ScanResult> {
  for (const url of urls) {
    const response = await client.get(url);
    result.requests++;
    result.statuses.set(response.statusCode, (result.statuses.get(response.statusCode) ?? 0) + 1);
    let body = textOf(response).toLowerCase();
    if (echo) body = body.split(echo).join('');
    for (const marker of markers) if (body.includes(marker)) result.leaks.push(`${url} → ${response.statusCode} carries「${marker}」`);
  }
  return result;
}

/** The search-style variants of a route: each marker as `q`, scanned with its echo removed. */
export async function scanQueries(client: WebClient, path: string, markers: readonly string[], result: ScanResult): Promise<ScanResult> {
  for (const marker of markers) await scanUrls(client, [`${path}${path.includes('?') ? '&' : '?'}q=${encodeURIComponent(marker)}`], markers, result, marker);
  return result;
}

/** POST a form to each URL (after a GET of /login for a CSRF token) and scan the answers. */
export async function scanPosts(client: WebClient, urls: readonly string[], form: Record<string, string>, markers: readonly string[], result: ScanResult): Promise<ScanResult> {
  for (const url of urls) {
    await client.get('/login');
    const response = await client.post(url, form);
    result.requests++;
    const body = textOf(response).toLowerCase();
    for (const marker of markers) if (body.includes(marker)) result.leaks.push(`POST ${url} → ${response.statusCode} carries「${marker}」`);
  }
  return result;
}
