/**
 * Colloquial words people type for the official words notices use (data): [what people say, the official words].
 * One way: a query word on the left also matches the words on its right (segment.ts), an official word never
 * widens to the colloquial one (notices do not say 交钱). Sources: how questions are asked on 12345 / 国家医保服务平台
 * 留言 pages and in 医保局 问答 («医保一年交多少钱», «看病的钱怎么报账», «药费能报吗», «小孩怎么上医保»), against the
 * wording of 医保 notices (缴费, 缴费标准, 报销, 医疗费用, 参保, 儿童/未成年人).
 */
export const COLLOQUIAL_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['交钱', ['缴费']],
  ['交费', ['缴费']],
  ['交医保', ['缴费', '参保缴费']],
  ['交多少钱', ['缴费标准', '个人缴费']],
  ['多少钱', ['费用', '标准', '价格']],
  ['报账', ['报销']],
  ['能报多少', ['报销比例', '支付比例']],
  ['药费', ['药品费用', '药品费']],
  ['医药费', ['医疗费用', '医药费用']],
  ['住院费', ['住院费用']],
  ['看病钱', ['医疗费用']],
  ['开药', ['购药', '处方']],
  ['买药', ['购药']],
  ['上医保', ['参保']],
  ['办医保', ['参保', '参保登记']],
  ['断交', ['断缴', '中断缴费']],
  ['老人', ['老年人']],
  ['小孩', ['儿童', '未成年人']],
  ['打工', ['务工', '灵活就业']],
];
