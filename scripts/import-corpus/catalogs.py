"""The catalogs of the import corpus: the five golden catalogs re-laid out, and
synthetic agencies recombined from their items (other agency, other 公开主体,
other column sets, header wordings and check marks). Pure data, no I/O but
reading the golden files."""
import json, os, copy

GOLDEN_DIR = os.environ.get('GOLDEN_DIR', os.path.join(os.path.dirname(__file__), '../../../shared/golden'))

ITEM_FIELDS = ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject',
               'channels', 'audience', 'mode', 'fiveTypes', 'column', 'category', 'remarks']

# The national form's channel list: (standard name, label printed beside the box).
CHANNELS = [('政府网站', '政府网站'), ('两微一端', '两微一端'), ('政府公报', '政府公报'),
            ('发布会/听证会', '发布会/听证会'), ('广播电视', '广播电视'), ('报刊', '报刊'),
            ('公开查阅点', '公开查阅点'), ('政务服务中心', '政务服务中心'), ('便民服务站', '便民服务站'),
            ('入户/现场', '入户/现场'), ('社区（村）/企事业单位公示栏', '社区（村）/企事业单位公示栏'),
            ('精准推送', '精准推送（注明）'), ('其他', '其他（注明）')]
FIVE = ['决策', '执行', '管理', '服务', '结果']


def golden(name):
    with open(os.path.join(GOLDEN_DIR, name + '.json'), encoding='utf-8') as f:
        return json.load(f)


def seed_names():
    return sorted(f[:-5] for f in os.listdir(GOLDEN_DIR) if f.endswith('.json'))


def five_of(item):
    l1 = item['level1'] + (item['level2'] or '')
    if any(k in l1 for k in ('规划', '政策', '规范性文件', '解读')):
        return ['决策']
    if any(k in l1 for k in ('结果', '监督', '检查', '处罚', '双随机')):
        return ['结果']
    if any(k in l1 for k in ('服务', '待遇', '参保', '报销', '结算', '救助')):
        return ['服务']
    if any(k in l1 for k in ('概况', '机构', '领导', '财务', '预决算', '人事')):
        return ['管理']
    return ['执行', '结果'] if len(l1) % 3 == 0 else ['执行']


def category_of(item):
    return {'决策': '决策公开', '执行': '执行公开', '管理': '管理公开', '服务': '服务公开', '结果': '结果公开'}[five_of(item)[0]]


# Items that use 口 as a character (窗口, 出入口, 口腔) — never a check box.
KOU_ITEMS = [
    dict(level1='公共服务', level2='口腔种植医疗服务价格', content='口腔种植医疗服务价格项目、收费标准及医保支付政策，经办窗口咨询电话',
         basis=['《中华人民共和国政府信息公开条例》（国务院令第711号）', '《关于开展口腔种植医疗服务收费和耗材价格专项治理的通知》（医保发〔2022〕27号）'],
         timeLimit='形成或者变更之日起20个工作日内', channels=['政府网站', '政务服务中心'], fiveTypes=['服务']),
    dict(level1='公共服务', level2='医保经办服务窗口', content='经办大厅窗口设置、出入口位置、办理时间及咨询电话',
         basis=['《中华人民共和国政府信息公开条例》（国务院令第711号）'],
         timeLimit='即时公开', channels=['政府网站', '公开查阅点', '政务服务中心'], fiveTypes=['服务']),
]


def norm_item(item, agency, subject, seq, with_extras):
    it = {f: copy.deepcopy(item.get(f)) for f in ITEM_FIELDS}
    it['seq'] = str(seq)
    it['subject'] = subject or agency
    if not it['channels']:
        it['channels'] = ['政府网站']
    if it['audience'] is None:
        it['audience'] = ['全社会']
    if it['mode'] is None:
        it['mode'] = ['主动公开']
    if with_extras:
        it['fiveTypes'] = it['fiveTypes'] or five_of(it)
        it['category'] = it['category'] or category_of(it)
        if not it['column']:
            it['column'] = '政府信息公开/法定主动公开内容/' + it['level1']
    return it


def synth(name, agency, picks, subject=None, remarks=None, kou=False, extra_channels=None):
    """A synthetic agency: items picked from goldens as (seed index, first, last)."""
    seeds = seed_names()
    items = []
    for seed_i, a, b in picks:
        items += golden(seeds[seed_i])['items'][a:b]
    if kou:
        items = items[:3] + KOU_ITEMS + items[3:]
    out = []
    for i, item in enumerate(items):
        it = norm_item(item, agency, subject, i + 1, True)
        if item in KOU_ITEMS:
            it['audience'], it['mode'] = ['全社会'], ['主动公开']
        if extra_channels and i % 4 == 1:
            it['channels'] = sorted(set(it['channels']) | {extra_channels})
        it['remarks'] = (remarks[i % len(remarks)] if remarks else None)
        out.append(it)
    # Items of one 一级事项 must be contiguous for a vertical merge to mean anything.
    order = []
    for it in out:
        if it['level1'] not in order:
            order.append(it['level1'])
    out.sort(key=lambda it: order.index(it['level1']))
    for i, it in enumerate(out):
        it['seq'] = str(i + 1)
    return dict(name=name, title=agency + '政务公开事项目录', agency=agency, items=out,
                meta=dict(preparer='马晓燕', reviewer='杨东', approver='丁建国', preparedOn='2025-03-18'))


def declared_of(items):
    pro = [it for it in items if '主动公开' in (it['mode'] or [])]
    req = [it for it in items if '依申请公开' in (it['mode'] or [])]
    return dict(proactiveLevel1=len({it['level1'] for it in pro}), proactiveLevel2=len(pro),
                onRequestLevel2=len(req), proactive=None, onRequest=None)


def seed_catalog(i):
    name = seed_names()[i]
    g = golden(name)
    meta = {k: g[k] for k in ('preparer', 'reviewer', 'approver', 'preparedOn')}
    return dict(name='seed' + name[:3], title=g['title'], agency=g['agency'], items=g['items'],
                meta=meta if any(meta.values()) else None, declared=g['declared'])


def catalogs():
    """Every catalog of the corpus, keyed by a short name."""
    c = {f'seed{i:03d}': seed_catalog(i) for i in range(len(seed_names()))}
    c['huinong'] = synth('huinong', '石嘴山市惠农区医疗保障局', [(0, 0, 14), (1, 10, 18), (3, 12, 16)],
                         remarks=['', '', '每季度更新', ''], extra_channels='两微一端')
    c['zhongning'] = synth('zhongning', '中宁县医疗保障局', [(1, 0, 12), (2, 0, 8), (4, 8, 14)], subject='局办公室')
    c['qingtongxia'] = synth('qingtongxia', '青铜峡市卫生健康局', [(3, 0, 10), (0, 26, 34)], subject='政务服务窗口',
                             kou=True, remarks=['', '按年度更新'])
    c['xiji'] = synth('xiji', '西吉县人力资源和社会保障局', [(4, 0, 12), (2, 8, 15)], kou=True, extra_channels='政务服务中心')
    c['longde'] = synth('longde', '隆德县市场监督管理局', [(0, 14, 36), (1, 18, 27)], subject='综合办公室',
                        extra_channels='公开查阅点')
    for cat in c.values():
        cat.setdefault('declared', declared_of(cat['items']))
    return c
