"""Lays a catalog out as a table: the columns a layout keeps, their header
wording (two header lines or one), the check marks, and the cell matrix with
merges. Also the golden JSON a careful reader takes from that table."""
from catalogs import CHANNELS, FIVE, ITEM_FIELDS

COVERED_V, COVERED_H = 'vcov', 'hcov'   # a cell hidden by a vertical / horizontal merge
ENUM = '一二三四五六七八九十'


def basis_text(basis):
    if len(basis) == 1:
        return basis[0]
    return '\n'.join(f'{i + 1}.{b}' for i, b in enumerate(basis))


def channels_text(channels, style, site_label, sep):
    if style == 'words':
        names = [site_label if c == '政府网站' else c for c in channels]
        return '、'.join(names)
    on, off = {'■': ('■', '□'), '☑': ('☑', '☐'), 'wingdings': ('þ', '¨'), '口': ('■', '口')}[style]
    parts = []
    for std, label in CHANNELS:
        label = site_label if std == '政府网站' else label
        parts.append((on if std in channels else off) + label)
    return sep.join(parts)


# Logical columns: (field, header line 1, header line 2 or None, sub value)
def columns(lay):
    w = lay['words']
    cols = []
    two = lay['header'] == 'two'
    for f in lay['fields']:
        if f == 'seq':
            cols.append(('seq', '序号', None, None))
        elif f == 'level1':
            cols.append(('level1', w.get('matter', '公开事项') if two else w.get('level1', '一级事项'),
                         w.get('level1', '一级事项') if two else None, None))
        elif f == 'level2':
            cols.append(('level2', w.get('matter', '公开事项') if two else w.get('level2', '二级事项'),
                         w.get('level2', '二级事项') if two else None, None))
        elif f in ('audience', 'mode', 'fiveTypes') and two:
            head, subs = {'audience': ('公开对象', [('全社会', '全社会'), ('特定群体', '特定群体')]),
                          'mode': ('公开方式', [('主动公开', '主动'), ('依申请公开', '依申请')]),
                          'fiveTypes': ('所属“五公开”类型', [(x, x) for x in FIVE])}[f]
            for value, label in subs:
                cols.append((f, head, label, value))
        else:
            label = {'content': '公开内容（要素）', 'basis': '公开依据', 'timeLimit': '公开时限', 'subject': '公开主体',
                     'channels': '公开渠道和载体', 'audience': '公开对象', 'mode': '公开方式', 'fiveTypes': '五公开类型',
                     'column': '网站所属栏目', 'category': '公开类型', 'remarks': '备注'}[f]
            cols.append((f, w.get(f, label), None, None))
    return cols


def cell_value(lay, col, item, group_index, first_in_group):
    f, _, _, sub = col
    v = item[f]
    if sub is not None:
        return lay['mark'] if sub in (v or []) else ''
    if f == 'level1':
        return (ENUM[group_index] + '、' if lay.get('enum') else '') + v
    if f == 'basis':
        return basis_text(v or [])
    if f == 'channels':
        return channels_text(v or [], lay['boxes'], lay.get('site', '政府网站'), lay.get('boxsep', '\n'))
    if f in ('audience', 'mode', 'fiveTypes'):
        return '、'.join(v or [])
    return v or ''


def header_rows(lay, cols):
    if lay['header'] == 'one':
        return [[(c[1], 1, 1) for c in cols]]
    top, bottom = [], []
    i = 0
    while i < len(cols):
        j = i
        while j + 1 < len(cols) and cols[j + 1][1] == cols[i][1] and cols[i][2] is not None:
            j += 1
        span = j - i + 1
        if cols[i][2] is None:
            top.append((cols[i][1], 2, 1)); bottom.append(COVERED_V)
        else:
            top.append((cols[i][1], 1, span)); top += [COVERED_H] * (span - 1)
            bottom += [(c[2], 1, 1) for c in cols[i:j + 1]]
        i = j + 1
    return [top, bottom]


def body_rows(lay, cols, items):
    """Cells (text, rowspan, colspan) or COVERED_*; 一级事项 (and, when asked, 公开主体/时限) merged vertically."""
    merge = set(lay.get('merge', ['level1']))
    rows = [[None] * len(cols) for _ in items]
    groups, g = [], -1
    for r, it in enumerate(items):
        if r == 0 or it['level1'] != items[r - 1]['level1']:
            g += 1
        groups.append(g)
    for c, col in enumerate(cols):
        r = 0
        while r < len(items):
            text = cell_value(lay, col, items[r], groups[r], True)
            end = r + 1
            if col[0] in merge and col[3] is None:
                while end < len(items) and groups[end] == groups[r] and cell_value(lay, col, items[end], groups[end], False) == text:
                    end += 1
            rows[r][c] = (text, end - r, 1)
            for k in range(r + 1, end):
                rows[k][c] = COVERED_V
            r = end
    return rows


def lead_lines(cat, lay):
    """Paragraphs above the table: title, 责任单位/填表人 line, summary line (as the layout keeps them)."""
    lines = []
    if cat['title'] and lay.get('title', True):
        lines.append(cat['title'])
    m = cat.get('meta')
    if m and lay.get('meta', True):
        d = m['preparedOn']
        date = f'{int(d[:4])}年{int(d[5:7])}月{int(d[8:])}日' if d else ''
        lines.append(f"责任单位：{cat['agency']}  填表人：{m['preparer'] or ''}  复核人：{m['reviewer'] or ''}  "
                     f"审签人：{m['approver'] or ''}  填表时间：{date}")
    elif not cat['title'] or not lay.get('title', True):
        lines.append(f"责任单位：{cat['agency']}")
    dec = cat.get('declared')
    if dec and lay.get('declared', True):
        if dec.get('proactive') is not None:
            lines.append(f"主动公开{dec['proactive']}项，依申请公开{dec['onRequest']}项")
        else:
            lines.append(f"政府信息：主动公开一级事项{dec['proactiveLevel1']}项，二级事项{dec['proactiveLevel2']}项；"
                         f"依申请公开二级事项{dec['onRequestLevel2'] if dec['onRequestLevel2'] is not None else ''}项")
    return lines


def golden_of(cat, lay, source):
    fields = set(lay['fields'])
    items = []
    for it in cat['items']:
        out = {}
        for f in ITEM_FIELDS:
            if f not in fields:
                out[f] = None
            elif f in ('basis', 'channels', 'audience', 'mode', 'fiveTypes'):
                out[f] = list(it[f]) if it[f] is not None else []
            else:
                out[f] = it[f] if it[f] is not None else ''
        items.append(out)
    meta = cat.get('meta') if lay.get('meta', True) else None
    keep_title = lay.get('title', True)
    return dict(source=source, title=cat['title'] if keep_title else None, agency=cat['agency'],
                preparer=meta and meta['preparer'], reviewer=meta and meta['reviewer'],
                approver=meta and meta['approver'], preparedOn=meta and meta['preparedOn'],
                declared=cat.get('declared') if lay.get('declared', True) else None, preamble=None, items=items,
                notes=[f"generated by scripts/import-corpus from catalog '{cat['name']}' with layout '{lay['name']}';"
                       " fields of columns the layout leaves out are null"])
