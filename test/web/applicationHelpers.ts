/**
 * Shared steps of the citizen-side 依申请公开 web tests: open the agency's form, wait like a person
 * (the form refuses posts within 3 s of being issued), post it, and read the one-time receipt.
 */
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { WebClient, type WebTestApp } from '../helpers/webApp.ts';

// A valid GB 11643 number (check digit X); the same with a wrong check digit.
export const VALID_ID = '11010519491231002X';
export const WRONG_ID = '110105194912310021';

export const APPLICATION = {
  applicantType: 'naturalPerson',
  name: '张三丰',
  contactName: '',
  idType: 'residentId',
  idNumber: VALID_ID,
  phone: '13800000000',
  address: '宁夏中卫市沙坡头区文萃路1号',
  email: 'zhangsf@example.cn',
  request: '2025年度城乡居民医保基金收支情况',
  medium: 'electronic',
  way: 'email',
};

/** The hidden issued-at token of the last form seen. */
export function issuedTokenOf(html: string): string {
  const match = /name="_issued" value="([^"]+)"/.exec(html);
  assert.ok(match, 'the form carries its issued-at token');
  return match[1]!;
}

/** GET the form, let `waitSeconds` pass on the app's clock, POST the fields. */
export async function applyOnce(web: WebTestApp, client: WebClient, fields: Record<string, string>, waitSeconds = 10): Promise<LightMyRequestResponse> {
  const form = await client.get(`/agencies/${web.agencyA}/apply`);
  assert.equal(form.statusCode, 200);
  web.clock.advanceMinutes(waitSeconds / 60);
  return client.post(`/agencies/${web.agencyA}/apply`, { _issued: issuedTokenOf(form.body), homepage: '', ...fields });
}

/** Submit and follow the redirect to the receipt; returns the codes shown there. */
export async function applyAndReadReceipt(web: WebTestApp, client: WebClient, fields: Record<string, string> = APPLICATION) {
  const sent = await applyOnce(web, client, fields);
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 2000));
  assert.equal(sent.headers.location, '/apply/receipt');
  const receipt = await client.get('/apply/receipt');
  assert.equal(receipt.statusCode, 200);
  const trackingNo = /id="tracking-no"[^>]*>([^<]+)</.exec(receipt.body)?.[1];
  const queryCode = /id="query-code"[^>]*>([^<]+)</.exec(receipt.body)?.[1];
  assert.ok(trackingNo && queryCode, 'the receipt shows both codes');
  return { trackingNo, queryCode, receipt, sent };
}

/** A client from another address (the flood limit and the rate limit count per address). */
export function clientAt(web: WebTestApp, ip: string): WebClient {
  return new WebClient(web.app, ip);
}

/** The value attribute of an input, to check what was typed is kept. */
export function inputValue(html: string, name: string): string | null {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html);
  return match ? (/value="([^"]*)"/.exec(match[0])?.[1] ?? '') : null;
}

/** The message shown next to one field. */
export function fieldError(html: string, name: string): string | null {
  return new RegExp(`id="${name}-error" class="field-error">([^<]+)<`).exec(html)?.[1] ?? null;
}
