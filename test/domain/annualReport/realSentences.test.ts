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
  { source: 'https://snzs.gov.cn/html//zwgk/ndbg/bm/129516.html (柞水县医疗保障局 2024)', text: '（二）依申请公开情况。全年未收到依申请公开事项。', quotes: ['未收到依申请公开事项=0'] },
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
  // Wordings found by rpt-check in further reports (test/fixtures/annual-reports/README.md); each changed textPhrases.ts.
  {
    source: 'http://www.quxian.gov.cn/xxgk-show-48933.html (渠县医疗保障局 2022)',
    text: '办理书记信箱7件，办理县长信箱1件，办理市委书记信箱6件，办理12345热线567件。2022年度未收到公民、法人或其他组织通过政府信息公开平台、传真、信函等形式的政府信息公开申请。',
    quotes: ['未收到公民、法人或其他组织通过政府信息公开平台、传真、信函等形式的政府信息公开申请=0'],
  },
  {
    source: 'https://www.xsx.gov.cn/zfbm/ylbzj/zfxxgk/zfxxgknb/202201/t20220128_81945429.html (习水县医疗保障局 2021)',
    text: '严格按照《中华人民共和国政府信息公开条例》办理政府信息依申请公开。2021年我局未接到群众主动要求公开政府信息的申请。',
    quotes: ['未接到群众主动要求公开政府信息=0'],
  },
  {
    source: 'https://www.suiyang.gov.cn/…/t20220127_72431070.html (绥阳县医疗保障局 2021)',
    text: '（二）依申请公开情况。2021年绥阳县医疗保障局未收到政府信息公开申请，无涉及政府信息公开的行政复议和行政诉讼。',
    quotes: ['未收到政府信息公开申请=0', '无涉及政府信息公开的行政复议=0', '无涉及政府信息公开的行政复议和行政诉讼=0'],
  },
  {
    source: 'https://thebolducs.com/XxgkAnnualReport/show/5809.html (宣州区医疗保障局 2023)',
    text: '2023年，我局收到政府信息公开申请数量1条，已按规定流程予以不予公开办理意见。无上年结转政府信息公开申请，也无因政府信息公开申请行政复议、提起行政诉讼的案件。',
    quotes: ['收到政府信息公开申请数量1条=1', '无上年结转=0', '无因政府信息公开申请行政复议=0', '无因政府信息公开申请行政复议、提起行政诉讼=0'],
  },
  {
    source: 'http://lnjp.gov.cn/html/JPXZF/202401/0170659934604561.html (建平县 医保部门 2023)',
    text: '全年主动公开信息800余条。二是依申请公开情况。2023年收到依申请公开信息0件，未产生行政复议和诉讼。',
    quotes: ['收到依申请公开信息0件=0', '未产生行政复议=0', '未产生行政复议和诉讼=0'],
  },
  {
    source: 'http://www.linhe.gov.cn/html/290/23518.html (临河区医疗保障局 2023)',
    text: '2023年度我单位共收到依申请公开0件，其中重复申请0件，涉密信息0件不予公开，0件申请内容不明确。在全年的信息公开工作中，未出现因政府信息公开工作被申请行政复议的情况，未出现因政府信息公开工作被提起行政诉讼的情况。',
    quotes: ['收到依申请公开0件=0', '未出现因政府信息公开工作被申请行政复议=0', '未出现因政府信息公开工作被提起行政诉讼=0'],
  },
  {
    source: 'https://ybj.dl.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=2103000004&fbtime=2024 (大连市医疗保障局 2024)',
    text: '进一步规范政府信息公开办理程序，畅通申请渠道，明确各环节主体责任和办理时限，及时回应群众关切。本年度，收到信息公开申请11件，均按照规范流程办结。',
    quotes: ['收到信息公开申请11件=11'],
  },
  {
    source: 'http://www.pingdu.gov.cn/…/t20220423_5903002.shtml (平度市医疗保障局 2020)',
    text: '（三）依申请公开情况。2020年，通过政务网收到依申请公开信息1条，已按照办理流程进行答复，并已公开发布。',
    quotes: ['收到依申请公开信息1条=1'],
  },
  {
    source: 'http://www.cqyz.gov.cn/…/t20240116_12826461.html (重庆市渝中区医疗保障局 2023)',
    text: '做好依申请公开工作，全年未发生因政府信息公开引发的行政复议和行政诉讼案件，通过各类公开途径收到和处理政府信息公开申请一条。',
    quotes: ['未发生因政府信息公开引发的行政复议=0', '未发生因政府信息公开引发的行政复议和行政诉讼=0', '收到和处理政府信息公开申请一条=1'],
  },
  {
    source: 'https://nmgyyxh.org.cn/doc/2025/01/24/367869.shtml (国家卫生健康委 2024, copy of the 国家卫生健康委员会 page)',
    text: '2024年，共收到政府信息公开申请1046件。其中，通过委官方网站提交申请表的862件，占比82.4%；通过信函提交申请的171件，占比16.3%；当面提交13件，占比1.3%。公民个人提出申请1030件，占比98.5%；法人或其他组织提出申请16件，占比1.5%。',
    quotes: ['收到政府信息公开申请1046件=1046'],
  },
];

describe('R8 does not read a zero where a sentence is about something else', () => {
  it('未收到因…申请引发的行政复议 is not a zero of table 三; 无法提供 is not 无', () => {
    assert.deepEqual(quotedNumbers('全年未收到因政府信息公开申请引发的行政复议。'), []);
    assert.deepEqual(quotedNumbers('共收到申请人补正材料3份，均已登记。'), []);
    assert.deepEqual(quotedNumbers('对无法提供的答复，申请人申请政府信息公开行政复议1件。').map((q) => `${q.quote}=${q.value}`), ['行政复议1件=1']);
  });
});

describe('R8 reads the sentences of real reports', () => {
  for (const { source, text, quotes } of REAL_SENTENCES) {
    it(source, () => {
      assert.deepEqual(quotedNumbers(text).map((q) => `${q.quote}=${q.value}`), quotes);
    });
  }
});
