/**
 * Staff write load: signed-in workers that each save new document drafts
 * (POST /admin/agencies/:id/documents with the session cookie and CSRF token) as fast as the
 * server answers. Every write carries a unique title `PREFIX-N`; every answer is recorded,
 * so a check can later compare what the server acknowledged with what the database holds.
 */
import { HttpSession } from '../../test/helpers/httpSession.ts';
import type { ScaleData } from './scaleData.ts';
import { draftForm } from './scaleData.ts';

export interface WriteOutcome {
  title: string;
  /** HTTP status; 0 when the request got no answer at all (connection reset, time-out). */
  status: number;
  /** The created draft's id from the 303 Location header. */
  documentId: string | null;
  /** When the answer came, in ms since the load started. */
  atMs: number;
}

export interface StaffCredentials {
  cookie: string;
  csrfToken: string;
}

/** Sign in through `entryUrl` and fetch a CSRF token from the new-document form. */
export async function signInStaff(entryUrl: string, data: ScaleData): Promise<StaffCredentials> {
  const session = new HttpSession(entryUrl);
  await session.signIn(data.staff.username, data.staff.password);
  await session.get(`/admin/agencies/${data.agencyId}/documents/new`);
  if (!session.csrfToken) throw new Error('no CSRF token on the new-document form');
  return { cookie: session.cookieHeader(), csrfToken: session.csrfToken };
}

export function draftBody(credentials: StaffCredentials, title: string, publisher: string): string {
  return new URLSearchParams({ _csrf: credentials.csrfToken, ...draftForm(title, publisher) }).toString();
}

const DOCUMENT_LOCATION = /^\/admin\/documents\/([0-9a-f-]{36})\?done=created$/;

export interface WriteLoadOptions {
  entryUrl: string;
  data: ScaleData;
  credentials: StaffCredentials;
  /** Titles are `${prefix}-${n}`. */
  prefix: string;
  concurrency: number;
  durationMs: number;
}

/** Runs the load for `durationMs`; `outcomes` fills as answers arrive (readable while running). */
export function startWriteLoad(options: WriteLoadOptions): { outcomes: WriteOutcome[]; startedAt: number; done: Promise<WriteOutcome[]> } {
  const outcomes: WriteOutcome[] = [];
  const started = Date.now();
  let counter = 0;
  const url = `${options.entryUrl}/admin/agencies/${options.data.agencyId}/documents`;
  async function worker(): Promise<void> {
    while (Date.now() - started < options.durationMs) {
      const title = `${options.prefix}-${++counter}`;
      let status = 0;
      let documentId: string | null = null;
      try {
        const response = await fetch(url, {
          method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(15_000),
          headers: { cookie: options.credentials.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: draftBody(options.credentials, title, options.data.agencyName),
        });
        await response.arrayBuffer();
        status = response.status;
        documentId = DOCUMENT_LOCATION.exec(response.headers.get('location') ?? '')?.[1] ?? null;
      } catch {
        // no answer: status stays 0
      }
      outcomes.push({ title, status, documentId, atMs: Date.now() - started });
    }
  }
  const done = Promise.all(Array.from({ length: options.concurrency }, worker)).then(() => outcomes);
  return { outcomes, startedAt: started, done };
}

/** An acknowledged write: the server answered 303 to the saved draft. */
export const acknowledged = (outcome: WriteOutcome): boolean => outcome.status === 303 && outcome.documentId !== null;
