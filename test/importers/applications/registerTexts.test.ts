import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OUTCOME_KEYS, OUTCOMES } from '../../../src/domain/applications/vocabulary.ts';
import { applicantTypeOfText, channelOfText, deliveryFormOfText, outcomeOfText } from '../../../src/importers/applications/registerTexts.ts';
import { columnOfHeader } from '../../../src/importers/applications/registerHeaders.ts';
import { cellValues, DATE_LIST_SEPARATORS, parseRegisterDate } from '../../../src/importers/applications/registerDates.ts';

describe('台账 words → contract keys', () => {
  it('maps the outcome words agencies write, and each short label of ours, to its key', () => {
    const cases: [string, string | null][] = [
      ['予以公开', 'granted'], ['同意公开', 'granted'], ['公开', 'granted'], ['部分公开', 'partial'],
      ['不予公开（国家秘密）', 'withheld.stateSecret'], ['不予公开，涉及第三方合法权益', 'withheld.thirdParty'],
      ['不予公开(内部事务信息)', 'withheld.internalAffairs'], ['不予公开-过程性信息', 'withheld.processInfo'],
      ['不予公开：行政执法案卷', 'withheld.enforcementFile'], ['不予公开（行政查询事项）', 'withheld.administrativeQuery'],
      ['本机关不掌握', 'unavailable.notHeld'], ['信息不存在', 'unavailable.notHeld'], ['非本机关负责', 'unavailable.notHeld'],
      ['需要另行制作', 'unavailable.needsCreation'], ['补正后仍不明确', 'unavailable.unclearAfterCorrection'],
      ['信访举报投诉', 'notProcessed.petition'], ['重复申请', 'notProcessed.repeat'], ['要求提供公开出版物', 'notProcessed.publication'],
      ['大量反复申请', 'notProcessed.excessive'], ['要求确认或重新出具', 'notProcessed.confirmation'],
      ['逾期不补正', 'other.noCorrection'], ['逾期未缴费', 'other.feeUnpaid'], ['撤回', 'withdrawn'], ['其他', 'other.other'],
      ['不予公开', null], ['已办理', null], ['无法提供', null], ['', null],
    ];
    for (const [text, key] of cases) assert.equal(outcomeOfText(text), key, text);
    for (const key of OUTCOME_KEYS) assert.equal(outcomeOfText(OUTCOMES[key].label), key, OUTCOMES[key].label);
  });

  it('maps applicant types, channels and forms; unknown words stay unknown', () => {
    assert.deepEqual(['自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '外国人'].map(applicantTypeOfText),
      ['naturalPerson', 'other', 'commercial', 'research', 'publicInterest', 'legal', 'other', null]);
    assert.deepEqual(['当面', '现场', '信件', '邮寄', '网上', '网络', '在线', '传真', '飞鸽'].map(channelOfText),
      ['inPerson', 'inPerson', 'post', 'post', 'online', 'online', 'online', 'fax', null]);
    assert.deepEqual(['纸质', '电子', '电子邮件', '当场阅读', '其他'].map(deliveryFormOfText), ['paper', 'electronic', 'email', 'inspection', 'other']);
  });

  it('knows header synonyms and reads every date form, rejecting impossible days', () => {
    assert.deepEqual(['受理编号', '收到申请日期', '申请人 名称', '申请人类别', '所需政府信息', '收到方式', '提供形式', '补正告知日期', '办结日期', '答复类型', '收到日期（年月日）'].map(columnOfHeader),
      ['ref', 'receivedOn', 'applicantName', 'applicantType', 'request', 'channel', 'deliveryForm', 'correctionRequested', 'answeredOn', 'outcome', 'receivedOn']);
    assert.deepEqual(['45926', '2025/9/26', '2025年9月26日', '2025.9.26', '2025-09-26', '2025-09-26T00:00:00.000Z', '2025-02-29', '9/26', '12345'].map(parseRegisterDate),
      ['2025-09-26', '2025-09-26', '2025-09-26', '2025-09-26', '2025-09-26', '2025-09-26', null, null, null]);
    assert.deepEqual(cellValues('甲公司、乙公司；丙局\n丁局'), ['甲公司、乙公司', '丙局', '丁局']);
    assert.deepEqual(cellValues('2025/10/13、2025年10月15日，2025.10.20', DATE_LIST_SEPARATORS), ['2025/10/13', '2025年10月15日', '2025.10.20']);
  });
});
