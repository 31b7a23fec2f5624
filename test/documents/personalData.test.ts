import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPersonalData, isBankCardNumber, isValidIdNumber, passesLuhn } from '../../src/domain/documents/personalData.ts';

describe('personal data detectors', () => {
  it('checks 身份证号 by the GB 11643 MOD 11-2 check character and the birth date', () => {
    assert.equal(isValidIdNumber('11010519491231002X'), true);
    assert.equal(isValidIdNumber('11010519491231002x'), true);
    assert.equal(isValidIdNumber('640502199001011239'), true);
    assert.equal(isValidIdNumber('640502199001011238'), false, 'wrong check digit');
    assert.equal(isValidIdNumber('640502199002301233'), false, '30 February');
  });

  it('checks bank cards by Luhn and issuer prefix', () => {
    assert.equal(passesLuhn('6228480402564890018'), true);
    assert.equal(passesLuhn('6228480402564890017'), false);
    assert.equal(isBankCardNumber('4111111111111111'), true);
    assert.equal(isBankCardNumber('1111111111111117'), false, 'no issuer starts with 1');
  });

  it('finds unmasked numbers and masks them in the finding', () => {
    const text = '申请人王某，身份证号640502199001011239，电话13812345678、+86 139 1234 5678，账号6228 4804 0256 4890 018。';
    const hits = findPersonalData(text);
    assert.deepEqual(hits.map((h) => h.kind), ['id_number', 'mobile', 'mobile', 'bank_card']);
    assert.equal(hits[0]!.masked, '640***********1239');
    assert.ok(hits.every((h) => !h.masked.includes('0101')));
  });

  it('ignores masked numbers, 索引号, 文号, dates, amounts and invalid checksums', () => {
    const text = [
      '身份证号6405**********1239，电话138****5678，卡号6228********0018',
      '索引号640500001/2026-00012，宁医保发〔2026〕12号，2026年3月2日，金额12345678.90元',
      '编号640502199001011238', '订单号 1234567890123456', '邮编755000 电话0955-7012345',
    ].join('\n');
    assert.deepEqual(findPersonalData(text), []);
  });

  it('does not report a valid ID number a second time as a bank card', () => {
    assert.deepEqual(findPersonalData('11010519491231002X').map((h) => h.kind), ['id_number']);
  });
});
