#!/usr/bin/env python3
"""Generates the import corpus: test/fixtures/import-corpus/<variant>/<case>.<ext>
with <case>.<ext>.json, the golden catalog a careful reader takes from that file
(shape: shared/golden/SCHEMA.md). Run by hand (needs soffice and pdftotext):

    python3 scripts/import-corpus/generate.py [OUT_DIR]

The files are committed, so tests never need LibreOffice or poppler.
The folder real/ is written by hand and left alone."""
import json, os, shutil, subprocess, sys, tempfile
from catalogs import catalogs
from layout import body_rows, columns, golden_of, header_rows, lead_lines
from render import csv_text, fodt, fods, tab_text, word_copy

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '../..'))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'test/fixtures/import-corpus')

BASE = ['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'audience', 'mode']
LAYOUTS = {
    # The national form: 公开事项 over 一级事项/二级事项, 公开对象 and 公开方式 as mark sub-columns, ■/□ boxes.
    'national': dict(header='two', fields=BASE + ['column', 'category', 'remarks'], boxes='■', mark='√', words={}),
    # With the 五公开 type as five mark sub-columns, ☑/☐ boxes, ✓ marks, 一、 enumerators on 一级事项.
    'five': dict(header='two', fields=BASE + ['fiveTypes', 'remarks'], boxes='☑', mark='✓', words={}, enum=True,
                 merge=['level1', 'subject']),
    # One header line, short wordings, no 序号, channels named in words, 公开方式 as text, 栏目 and 公开类型.
    'oneline': dict(header='one', fields=['level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'mode',
                                          'category', 'column'],
                    boxes='words', site='部门网站', mark='√', words={'basis': '依据', 'timeLimit': '时限', 'channels': '公开渠道', 'content': '公开内容'}),
    # 事项名称 for 二级事项, Wingdings þ/¨ boxes on one line, 备注.
    'named': dict(header='one', fields=['seq', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'subject', 'channels', 'mode', 'remarks'],
                  boxes='wingdings', boxsep=' ', mark='√', words={'level2': '事项名称', 'mode': '公开方式'}, merge=['level1', 'timeLimit']),
    # 口 as the unticked box (■政府网站 口两微一端 …) while content says 窗口/出入口/口腔.
    'kou': dict(header='two', fields=BASE + ['fiveTypes', 'column'], boxes='口', boxsep=' ', mark='√', words={}, site='门户网站'),
}
WIDTH = {'seq': 1.0, 'level1': 1.7, 'level2': 2.3, 'content': 4.2, 'basis': 4.6, 'timeLimit': 2.1, 'subject': 1.7,
         'channels': 3.4, 'column': 2.8, 'category': 1.5, 'remarks': 1.4}
# (catalog, layout, narrow): narrow columns are 25% narrower than the wide ones.
CASES = [('seed000', 'national', False), ('seed001', 'national', True), ('seed002', 'oneline', False),
         ('seed003', 'named', True), ('seed004', 'national', False), ('huinong', 'five', False),
         ('zhongning', 'oneline', True), ('qingtongxia', 'named', False), ('xiji', 'kou', True), ('longde', 'five', True)]


def available(cat, fields):
    """A seed keeps only the columns its golden has (a null column was not in the source)."""
    if not cat['name'].startswith('seed'):
        return fields
    return [f for f in fields if f in ('seq', 'level1', 'level2', 'content') or any(it[f] is not None for it in cat['items'])]


def build(cat, lay_name, narrow, factor=None):
    """factor: the columns' width against the wide ones (narrow is 0.75); raw_widths.py tries others."""
    lay = dict(LAYOUTS[lay_name], name=lay_name)
    lay['fields'] = available(cat, lay['fields'])
    cols = columns(lay)
    head, body = header_rows(lay, cols), body_rows(lay, cols, cat['items'])
    widths = [(WIDTH.get(c[0], 0.9) if c[3] is None else 0.9) for c in cols]
    scale = (26.7 / sum(widths)) * (factor if factor is not None else 0.75 if narrow else 1.0)
    widths = [w * scale for w in widths]
    return lay, lead_lines(cat, lay), head, body, widths, cols


def soffice(src_dir, files, target, outdir):
    subprocess.run(['soffice', '--headless', '--convert-to', target, '--outdir', outdir] + files,
                   cwd=src_dir, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write(variant, name, data, gold):
    d = os.path.join(OUT, variant)
    os.makedirs(d, exist_ok=True)
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(os.path.join(d, name), mode) as f:
        f.write(data)
    with open(os.path.join(d, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(gold, source=name), f, ensure_ascii=False, indent=2)
        f.write('\n')


def main():
    cats = catalogs()
    tmp = tempfile.mkdtemp(prefix='import-corpus-')
    for v in ('docx', 'xlsx', 'pdf', 'pdf-calc', 'pdf-layout-text', 'pdf-raw-text', 'word-copied-text', 'gb18030-text', 'utf16-text', 'csv'):
        shutil.rmtree(os.path.join(OUT, v), ignore_errors=True)
    built, texts = {}, {}
    for cat_name, lay_name, narrow in CASES:
        cat = cats[cat_name]
        lay, lead, head, body, widths, cols = build(cat, lay_name, narrow)
        base = f'{cat_name}-{lay_name}' + ('-narrow' if narrow else '')
        built[base] = golden_of(cat, lay, base)
        with open(os.path.join(tmp, base + '.fodt'), 'w', encoding='utf-8') as f:
            f.write(fodt(lead, head, body, widths))
        with open(os.path.join(tmp, base + '.fods'), 'w', encoding='utf-8') as f:
            f.write(fods(lead, head, body, widths))
        gold = texts[base] = golden_of(cat, lay, base, as_text=True)
        write('word-copied-text', base + '.txt', word_copy(lead, head, body), gold)
        write('gb18030-text', base + '.txt', tab_text(lead, head, body).encode('gb18030'), gold)
        write('utf16-text', base + '.txt', b'\xff\xfe' + word_copy(lead, head, body).encode('utf-16-le'), gold)
        write('csv', base + '.csv', ('\ufeff' if narrow else '') + csv_text(lead, head, body, len(cols)), gold)
    fodts = sorted(f for f in os.listdir(tmp) if f.endswith('.fodt'))
    fodss = sorted(f for f in os.listdir(tmp) if f.endswith('.fods'))
    soffice(tmp, fodts, 'docx:MS Word 2007 XML', os.path.join(tmp, 'docx'))
    soffice(tmp, fodts, 'pdf:writer_pdf_Export', os.path.join(tmp, 'pdf'))
    soffice(tmp, fodss, 'xlsx:Calc MS Excel 2007 XML', os.path.join(tmp, 'xlsx'))
    soffice(tmp, fodss, 'pdf:calc_pdf_Export', os.path.join(tmp, 'calc-pdf'))
    for base, gold in built.items():
        for ext in ('docx', 'pdf', 'xlsx'):
            with open(os.path.join(tmp, ext, f'{base}.{ext}'), 'rb') as f:
                write(ext, f'{base}.{ext}', f.read(), gold)
        with open(os.path.join(tmp, 'calc-pdf', f'{base}.pdf'), 'rb') as f:
            write('pdf-calc', f'{base}.pdf', f.read(), gold)
        pdf = os.path.join(tmp, 'pdf', base + '.pdf')
        for mode in ('layout', 'raw'):
            text = subprocess.run(['pdftotext', '-' + mode, '-enc', 'UTF-8', pdf, '-'], check=True, capture_output=True).stdout
            write(f'pdf-{mode}-text', base + '.txt', text, texts[base])
    shutil.rmtree(tmp)
    print(f'wrote {len(built)} cases per variant into {OUT}')


if __name__ == '__main__':
    main()
