/**
 * Issue 9, "Must show" (second bullet), in real Chromium through the UI only: a citizen applies on a
 * phone; an editor confirms receipt, sends a 补正 notice (with its 补正告知书), registers the correction,
 * consults a third party, extends with a 批准人 (with its 延期答复告知书), and answers with a 答复书; each
 * letter signed off by three accounts (填表人 → 复核人 → 审签人); after each step the citizen's status page, the case page and the register
 * show the same due date, equal to the independent reading of contract §3 (referenceAnswerClock.ts).
 *
 * `gongkai serve` runs on the real clock and refuses dates in the future, and an online application
 * cannot be dated before it was submitted: every event therefore carries today's date (read from the
 * form's default, so a run across midnight still agrees with the server).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { requireChromium } from '../helpers/browser.ts';
import { type BrowserWorld, signIn, startBrowserWorld } from '../helpers/browserWorld.ts';
import { referenceDueOn, type ReferenceEvent } from '../helpers/referenceAnswerClock.ts';

const PHONE = { width: 375, height: 812 };
const DESK = { width: 1280, height: 900 };
const SHOTS = '/tmp/shots-e2e';
const DATE = /(\d{4}-\d{2}-\d{2})/;
const LETTER_LABELS: Record<string, string> = { correction: '补正告知书', extension: '延期答复告知书', answer: '答复书' };
const dateIn = (text: string | null): string | null => DATE.exec(text ?? '')?.[1] ?? null;

/** The citizen's side: the online form, then the status page looked up by the two codes. */
async function applyOnline(page: Page, base: string): Promise<{ trackingNo: string; queryCode: string }> {
  await page.goto(`${base}/`);
  await page.getByRole('link', { name: '中卫市医疗保障局' }).first().click();
  await page.getByRole('link', { name: '依申请公开' }).click();
  await page.getByLabel('自然人').check();
  await page.getByLabel('姓名或组织名称').fill('马秀兰');
  await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
  await page.getByLabel('证件号码').fill('11010519491231002x');
  await page.getByLabel('联系电话').fill('13995512345');
  await page.getByLabel('通信地址').fill('宁夏中卫市沙坡头区文昌镇');
  await page.getByLabel('所需政府信息的描述').fill('2025年城乡居民医保门诊统筹基金支出情况');
  await page.getByLabel('电子', { exact: true }).check();
  await page.getByLabel('邮寄', { exact: true }).check();
  await page.waitForTimeout(3_200); // the form refuses posts within 3 s
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByRole('heading', { name: '您的申请已提交' }).waitFor();
  return { trackingNo: (await page.locator('#tracking-no').textContent())!.trim(), queryCode: (await page.locator('#query-code').textContent())!.trim() };
}

async function lookUp(page: Page, base: string, codes: { trackingNo: string; queryCode: string }): Promise<{ stage: string; dueOn: string | null; stages: string }> {
  await page.goto(`${base}/apply/status`);
  await page.getByLabel('受理编号').fill(codes.trackingNo);
  await page.getByLabel('查询码').fill(codes.queryCode);
  await page.getByRole('button', { name: '查询' }).click();
  await page.locator('.status-result').waitFor();
  assert.ok(!(await page.content()).includes('马秀兰'), 'no personal data on the status page');
  return {
    stage: (await page.locator('.status-stage strong').textContent())!.trim(),
    dueOn: dateIn(await page.locator('.field-row', { hasText: '答复期限' }).locator('dd').textContent()),
    stages: (await page.locator('.stage-list').textContent()) ?? '',
  };
}

/** Staff's side: one form of the case page (its date left at today's default), then the notice it gives. */
async function act(page: Page, caseUrl: string, action: string, button: string, fields: Record<string, string> = {}): Promise<void> {
  await page.goto(caseUrl);
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`#act-${action}-${name}`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole('button', { name: button }).click();
  await page.locator('.alert-success, .alert-error').first().waitFor();
  assert.equal(await page.locator('.alert-error').count(), 0, `${action} refused: ${await page.locator('.alert-error').allTextContents()}`);
}

/** A letter from draft to sent: the editor drafts and submits, the reviewer passes, the approver numbers, the editor sends. */
async function signOffLetter(staff: Record<'editor' | 'reviewer' | 'approver', Page>, caseUrl: string, kind: string, facts: Record<string, string>): Promise<{ url: string; number: string }> {
  const { editor, reviewer, approver } = staff;
  await editor.goto(`${caseUrl}/letters`);
  await editor.locator('#kind').selectOption(kind);
  for (const [name, value] of Object.entries(facts)) {
    if (name === 'outcome') await editor.locator('#outcome').selectOption(value);
    else await editor.locator(`#fact-${name}`).fill(value);
  }
  await editor.getByRole('button', { name: '生成草稿' }).click();
  await editor.locator('h1', { hasText: LETTER_LABELS[kind] }).or(editor.locator('.alert-error')).first().waitFor();
  assert.equal(await editor.locator('.alert-error').count(), 0, `${kind} not drafted: ${await editor.locator('.alert-error').allTextContents()}`);
  const url = editor.url().replace(/[?#].*$/, '');
  await editor.getByRole('button', { name: '提交复核' }).click();
  await editor.getByRole('button', { name: '提交复核' }).waitFor({ state: 'detached' });
  await reviewer.goto(url);
  await reviewer.getByRole('button', { name: '复核通过' }).click();
  await reviewer.getByRole('button', { name: '复核通过' }).waitFor({ state: 'detached' });
  await approver.goto(url);
  await approver.getByRole('button', { name: '审签并编号' }).click();
  await approver.getByRole('button', { name: '审签并编号' }).waitFor({ state: 'detached' });
  const number = (await approver.locator('.meta-list div', { hasText: '文号' }).locator('dd').textContent())!.trim();
  assert.match(number, /〔\d{4}〕\d+号$/);
  await editor.goto(url);
  await editor.getByRole('button', { name: '记录已送达' }).click();
  await editor.getByRole('button', { name: '记录已送达' }).waitFor({ state: 'detached' });
  assert.ok(dateIn(await editor.locator('.meta-list div', { hasText: '送达日期' }).locator('dd').textContent()), 'the letter shows its date sent');
  return { url, number };
}

describe('依申请公开 from the online form to the signed 答复书, in a real browser', () => {
  requireChromium();
  let world: BrowserWorld;
  let browser: Browser;
  before(async () => {
    world = await startBrowserWorld([['editor', 'editor', '伊玉红'], ['reviewer', 'reviewer', '任复核'], ['approver', 'approver', '严审签']]);
    browser = world.browser;
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => world?.close());

  it('the citizen sees every stage, the three pages agree with contract §3, and the 答复书 PDF carries both numbers', async () => {
    const base = world.server.url;
    const citizen = await (await browser.newContext({ viewport: PHONE })).newPage();
    const codes = await applyOnline(citizen, base);
    assert.equal((await lookUp(citizen, base, codes)).stage, '已提交，待确认收到');

    const desk = async () => (await browser.newContext({ viewport: DESK })).newPage();
    const staff = { editor: await desk(), reviewer: await desk(), approver: await desk() };
    for (const [name, page] of Object.entries(staff)) await signIn(page, base, name);
    const editor = staff.editor;
    await editor.goto(`${base}/admin/applications`);
    await editor.getByRole('link', { name: codes.trackingNo }).click();
    const caseUrl = editor.url().replace(/[?#].*$/, '');
    const today = await editor.locator('#act-confirm-on').inputValue();
    const events: ReferenceEvent[] = [];

    /** After each step: the case page, the register and the citizen show one due date, the reference's. */
    const agree = async (step: string, stage: string, shown: string): Promise<void> => {
      const expected = referenceDueOn(today, events);
      await editor.goto(caseUrl);
      const onCase = dateIn(await editor.locator('#due-on').textContent());
      await editor.goto(`${base}/admin/applications`);
      const row = editor.locator('.register-table tbody tr', { hasText: codes.trackingNo });
      const onRegister = dateIn(await row.locator('td[data-label="答复期限"]').textContent());
      const view = await lookUp(citizen, base, codes);
      assert.deepEqual({ onCase, onRegister, onStatus: view.dueOn }, { onCase: expected, onRegister: expected, onStatus: expected }, `${step}: due dates`);
      assert.equal(view.stage, stage, `${step}: the citizen's stage`);
      assert.ok(view.stages.includes(shown), `${step}: the citizen's history shows “${shown}”: ${view.stages}`);
      await editor.goto(caseUrl);
    };

    await act(editor, caseUrl, 'confirm', '确认收到');
    await agree('confirmed', '办理中', '本机关收到申请');

    await act(editor, caseUrl, 'correctionRequested', '记录补正告知', { periodWorkingDays: '10', note: '请写明所需信息的统计口径（按月或按年）\n请注明是否包含异地就医支出' });
    events.push({ type: 'correctionRequested', on: today });
    const correction = await signOffLetter(staff, caseUrl, 'correction', {});
    await agree('补正 requested', '待申请人补正', '发出补正告知书');
    assert.equal(await citizen.locator('.letter-list li', { hasText: correction.number }).count(), 1, 'the 补正告知书 sent is listed for the citizen');

    await act(editor, caseUrl, 'correctionReceived', '记录收到补正');
    events.push({ type: 'correctionReceived', on: today });
    await agree('correction received', '办理中', '收到补正材料，答复期限重新计算');

    await act(editor, caseUrl, 'consultationStarted', '记录开始征求意见', { kind: 'thirdParty', party: '中卫市第一人民医院' });
    events.push({ type: 'consultationStarted', on: today, party: '中卫市第一人民医院' });
    await agree('consultation started', '征求意见中', '征求第三方意见');
    assert.ok(!(await citizen.content()).includes('中卫市第一人民医院'), 'the third party is not named to the applicant');

    await act(editor, caseUrl, 'consultationEnded', '记录征求意见结束', { party: '中卫市第一人民医院' });
    events.push({ type: 'consultationEnded', on: today, party: '中卫市第一人民医院' });
    await agree('consultation ended', '办理中', '征求意见结束');

    await act(editor, caseUrl, 'extended', '记录延长', { workingDays: '15', approvedBy: '王主任', note: '需汇总各县区医保经办机构的数据' });
    events.push({ type: 'extended', on: today, workingDays: 15 });
    assert.match((await editor.locator('.clock-explanation').textContent()) ?? '', /经王主任同意延长答复期限15个工作日/);
    const extension = await signOffLetter(staff, caseUrl, 'extension', {});
    assert.match((await editor.locator('.letter-preview').textContent()) ?? '', /因需汇总各县区医保经办机构的数据/, 'the notice gives the reason recorded');
    await agree('extended', '办理中', '延长答复期限15个工作日');
    assert.equal(await citizen.locator('.letter-list li', { hasText: extension.number }).count(), 1, 'the 延期答复告知书 sent is listed');

    const answer = await signOffLetter(staff, caseUrl, 'answer', { outcome: 'granted', provided: '2025年城乡居民医保门诊统筹基金支出情况表（电子版，1份）' });
    await act(editor, caseUrl, 'answered', '记录答复并办结', { outcome: 'granted' });
    events.push({ type: 'answered', on: today, outcome: 'granted' });
    await agree('answered', '已办结', '作出答复：予以公开');
    assert.match((await citizen.locator('.status-stage').textContent()) ?? '', /办理结果：予以公开/);

    const item = citizen.locator('.letter-list li', { hasText: answer.number });
    const [download] = await Promise.all([citizen.waitForEvent('download'), item.getByRole('button', { name: /下载 PDF/ }).click()]);
    const file = join(SHOTS, 'answer.pdf');
    await download.saveAs(file);
    assert.equal(readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    assert.ok(text.includes(codes.trackingNo), `the 答复书 names the 受理编号 ${codes.trackingNo}`);
    assert.ok(text.includes(answer.number), `the 答复书 carries its number ${answer.number}`);

    await lookUp(citizen, base, codes);
    await citizen.screenshot({ path: join(SHOTS, 'citizen-status-375.png'), fullPage: true });
    await editor.goto(caseUrl);
    await editor.screenshot({ path: join(SHOTS, 'case-page-1280.png'), fullPage: true });
  });
});
