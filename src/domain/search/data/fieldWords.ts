/**
 * The field word list of 医保 and 政务公开 (data, not code): words a query is segmented into
 * besides the catalogs' own item names (src/app/search/searchLexicon.ts) and the synonyms
 * (synonyms.ts). Written from the seed catalogs (demo/seeds), the 条例 and common 医保 notices;
 * a word missing here is not lost: an unknown run of up to 4 characters stays one phrase, a
 * longer one is split into character pairs (segment.ts).
 */
export const FIELD_WORDS: readonly string[] = `
医保 医疗保障 医疗保险 基本医疗保险 医疗保障局 医保局 医保部门 医保基金 基金 医保目录 医保卡 医保码 电子凭证 医保电子凭证 社保卡
城乡居民 城镇职工 职工 居民 参保 参保人 参保人员 参保缴费 缴费 缴费标准 缴费基数 个人账户 统筹基金 统筹 统筹区 大病保险 大病 医疗救助 救助 救助对象
门诊 住院 门诊统筹 普通门诊 门诊共济 慢特病 慢性病 特殊病 门诊慢特病 门诊特殊病 两病 高血压 糖尿病 药品 药品目录 耗材 医用耗材 集中采购 集采 带量采购 价格 医疗服务 医疗服务价格 收费
报销 报销比例 起付线 封顶线 支付 支付标准 支付方式 结算 直接结算 费用 医疗费用 待遇 待遇保障 待遇享受 异地 就医 异地就医 备案 转诊 转院 异地安置 异地长期居住 临时外出
定点 定点医疗机构 定点零售药店 定点医药机构 两定机构 医药机构 药店 医院 医疗机构 协议 协议管理 服务协议 长期护理 长期护理保险 长护险 生育保险 生育 新生儿 灵活就业 灵活就业人员 退休 退休人员 学生 大学生 儿童 老年人 低保 特困 脱贫人口 困难群众
监管 基金监管 监督检查 飞行检查 欺诈骗保 骗保 举报 奖励 举报奖励 违法违规 违规 行政处罚 处罚 行政许可 行政检查 执法 双随机 信用 信用评价
年度 季度 月度 政策 政策解读 解读 通知 公告 公示 意见 办法 方案 规定 细则 制度 实施 实施方案 实施意见 管理办法 暂行办法 调整 标准 提高 取消 印发 转发 关于 有关 工作 要点 计划 总结 报告 年度报告 工作报告 统计 数据 预算 决算 部门预算 部门决算 三公经费 经费 财政 资金 专项资金 项目 绩效 绩效目标 招标 采购 政府采购 中标 结果
公开 政府信息 信息公开 政府信息公开 政务公开 主动公开 依申请公开 公开指南 指南 公开目录 目录 公开规定 年报 机构 机构信息 机构职能 职能 领导 领导信息 内设机构 下属单位 办公地址 办公时间 联系电话 人事 人事信息 招聘 公务员 录用 任免 建议 提案 建议提案 人大代表 政协委员 答复 应急 突发事件 疫情 新冠
办理 申请 申报 流程 办事 办事指南 服务指南 材料 所需材料 时限 条件 对象 范围 标准 地点 窗口 网上办理 线上 线下 查询 咨询 投诉 电话 热线 变更 注销 登记 审核 审批 认定 确认 证明 证件 身份证 户口 户籍 医疗 医疗费 药费 检查 治疗 手术 病种 按病种 DRG DIP 医保支付 价格调整 集采药品 中选 中选药品 国谈药品 谈判药品 双通道 处方 处方流转 互联网医院 互联网诊疗 门诊费用 住院费用 自付 自费 个人负担 减免 补助 补贴 财政补助 个人缴费 缴费期 集中缴费期 参保登记 关系转移 转移接续 接续
`.trim().split(/\s+/u);

/**
 * Words a query may contain that say nothing about what is sought (questions, particles, the
 * units after a number: 2026年, the filler of a question: …相关信息在哪里能查到): dropped from a query unless they are all it has.
 */
export const STOP_WORDS: readonly string[] = `
怎么 怎样 怎么样 如何 什么 哪里 哪儿 哪些 哪个 哪家 是否 能否 可以 能不能 可不可以 需要 请问 我想 我要 我们 你们 他们 一下 有没有 多少 多久 几天 为什么 吗 呢 啊 吧 的 了 和 与 及 或 在 是 等 之 把 被 对 向 从 为 我 你 他 要 想 请 去 到 哪 么 给 让 将 就 都 也 还 又 呀 年 月 日 号 个 项 条 次
相关 有关 方面 信息 在哪 查到 看到 找到 能 有 怎么查询 如何查询 在哪查询
`.trim().split(/\s+/u);
