import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotedNumbers } from '../../../src/domain/annualReport/index.ts';

/** Sentences of 一、总体情况 transcribed from published 医疗保障局 reports, with what R8 must read in them. */
const REAL_SENTENCES: { source: string; text: string; quotes: string[] }[] = [
  {
    source: 'http://aqxxgk.anqing.gov.cn/gknb_show.php?id=4499 (安庆市医疗保障局 2021)',
    text: '坚持以公开为常态、不公开为例外，2021年，市医疗保障局在信息公开网主动公开各类政府信息共计402条。做好2件人大代表建议、6件政协委员提案办理结果信息公开。共发布本级政策解读13条。',
    quotes: ['主动公开各类政府信息共计402条=402'],
  },
  {
    source: 'https://thebolducs.com/OpennessAnnualReport/download/5077.html (宣州区医疗保障局 2022)',
    text: '共接到网站留言66条，均严格按照相关要求及时办理，回复率100%。2022年，宣州区医保局未收到公民、法人和其他组织申请公开政府信息要求，未因政府信息公开工作收到被申请行政复议、提起诉讼的情况。',
    quotes: ['未收到公民、法人和其他组织申请公开政府信息=0', '未因政府信息公开工作收到被申请行政复议=0', '未因政府信息公开工作收到被申请行政复议、提起诉讼=0'],
  },
  { source: 'https://snzs.gov.cn/html//zwgk/ndbg/bm/129516.html (柞水县医疗保障局 2024)', text: '（二）依申请公开情况。全年未收到依申请公开事项。', quotes: ['未收到依申请公开=0'] },
  {
    source: 'http://www.luqiao.gov.cn/art/2025/1/16/art_1229460341_97497.html (路桥区医疗保障局 2024)',
    text: '及时回应群众的诉求，2024年，我局共收到和处理政府信息公开申请2件，已依法进行答复并予以公开。',
    quotes: ['收到和处理政府信息公开申请2件=2'],
  },
  {
    source: 'https://xam.gov.cn/xam/2024-01/23/article_2024051604314968001.html (兴安盟医疗保障局 2023)',
    text: '2023年，我局未收到政府信息公开申请，无上年结转政府信息公开申请。',
    quotes: ['未收到政府信息公开申请=0', '无上年结转=0'],
  },
  {
    source: 'https://www.wenzhou.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11330300MB1685697R&fbtime=2024 (温州市医疗保障局 2024)',
    text: '畅通政府信息公开受理渠道，2024年，受理并办理依申请公开5件。高度重视群众意见，网络问政留言公开回复19条，平均办理时间1个工作日。',
    quotes: ['受理并办理依申请公开5件=5'],
  },
  {
    source: 'http://xxgk.shbsq.gov.cn/article.html?infoid=4cd176cf-bfee-44be-ab90-938f32ce9c75 (上海市宝山区医疗保障局 2024)',
    text: '四是做好本单位重点工作信息情况的公开，公开行政处罚决定44条、2024年1-12月以来救助资金发放情况12条；2024年共收到政府信息依申请公开4件，全部规范受理并及时予以答复。',
    quotes: ['行政处罚决定44条=44', '收到政府信息依申请公开4件=4'],
  },
];

describe('R8 reads the sentences of real reports', () => {
  for (const { source, text, quotes } of REAL_SENTENCES) {
    it(source, () => {
      assert.deepEqual(quotedNumbers(text).map((q) => `${q.quote}=${q.value}`), quotes);
    });
  }
});
