/**
 * Applications for the back-office tests, made through the use cases as agency A's 填表人
 * (or anonymously for online ones), on the web test app's clock.
 */
import { getActorForUser, ANONYMOUS_ACTOR } from '../../src/app/accounts/getActor.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { submitOnlineApplication } from '../../src/app/applications/submitOnlineApplication.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { ReceiptFacts } from '../../src/domain/applications/receipt.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import type { TestUser, WebTestApp } from '../helpers/webApp.ts';

/** A valid GB 11643 number (check digit X). */
export const ID_NUMBER = '11010519491231002X';
export const PERSON = { applicantType: 'naturalPerson', name: '张三', idType: 'residentId', idNumber: ID_NUMBER, phone: '13800000000', address: '宁夏中卫市沙坡头区', email: 'zs@example.cn', request: '2025年度城乡居民医保基金收支情况', medium: 'paper', way: 'post' };
/** GB 32100 check character valid: 91350100M000100Y43. */
export const COMPANY = { ...PERSON, applicantType: 'commercial', name: '某某科技有限公司', contactName: '李四', idType: 'creditCode', idNumber: '91350100M000100Y43', request: '本单位2025年政府采购合同目录' };

export async function contextAs(web: WebTestApp, user: TestUser): Promise<AppContext> {
  const record = await findUserByUsername(web.engine.db, user);
  return contextFor(web.engine, (await getActorForUser(web.engine.db, record!.id))!, web.clock);
}

export async function registered(web: WebTestApp, fields: Record<string, string>, receipt: ReceiptFacts, ref?: string) {
  const ctx = await contextAs(web, 'editorA');
  return (await registerApplication(ctx, { agencyId: web.agencyA, fields, receipt, ref })).application;
}

export async function submittedOnline(web: WebTestApp, fields: Record<string, string>) {
  return submitOnlineApplication(contextFor(web.engine, ANONYMOUS_ACTOR, web.clock), { agencyId: web.agencyA, fields, sourceKey: `ip-${fields.name}` });
}

/** The table rows' tracking numbers of a register page, in order. */
export function trackingNumbersOf(html: string): string[] {
  return [...html.matchAll(/href="\/admin\/applications\/[0-9a-f-]{36}">(\d{8}-\d{6})<\/a>/g)].map((m) => m[1]!);
}
