/**
 * The query mix of bench/search.ts: what citizens type (issue 13), over the synthetic corpus
 * (syntheticDocuments.ts). Since search ranks the engines' first RANKED_CANDIDATES hits in the
 * app, every group costs at least one candidate page; misspellings and questions with a word no
 * document has go on to the partial ("any word") search.
 */
export const QUERY_GROUPS: readonly (readonly [label: string, queries: readonly string[]])[] = [
  // Short words: one token each, in 13–88 % of the documents.
  ['short', ['医保', '报销', '公示', '预算', '救助', '招标', '门诊', '通知']],
  // Phrases of 4–6 characters (the bench's "longer" queries before issue 13).
  ['phrase', ['医疗保障', '城乡居民医保', '门诊报销比例', '定点医药机构', '政府信息公开', '医疗救助资金', '参保缴费标准', '绩效目标']],
  // Long natural queries, 5–10 words once segmented; the last two have a word no document has (partial matches).
  ['natural', [
    '城乡居民基本医疗保险参保缴费标准调整通知', '定点医药机构严格执行医保支付政策规范诊疗行为', '困难群众医疗救助资金及时拨付的规定',
    '关于门诊报销比例适当提高的通知', '政府信息公开工作年度报告及时回应社会关切', '招标采购项目结果在门户网站公示的公告',
    '怎么办理异地就医备案手续和报销', '困难群众怎么申请医疗救助和门诊慢特病待遇'],
  ],
  // 文号 and 索引号 as typed (syntheticDocuments.ts documentNumberOf; loadSynthetic.ts index numbers).
  ['docnum', ['兴医保发〔2024〕15号', '金财发〔2022〕108号', '灵民发〔2021〕3号', '〔2023〕7号', '640000123/2024-00042', '640000001/2020-00001', '原卫健发〔2026〕250号', '宁医保发〔2025〕1号']],
  // Misspellings, a traditional form and a wrong character: mostly no document has every word.
  ['misspelt', ['城乡居民医疗保验', '医疗救住资金', '定点医药机够', '门诊报消比例', '門診報銷比例', '政府信息公于', '参保缴废标准', '招票采购项目']],
];
