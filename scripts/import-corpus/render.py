"""Writes a laid-out table as flat ODF (for LibreOffice to turn into .docx,
.xlsx and .pdf) and as the text forms people paste or save: Word's copied
table text, tab text as extracted, CSV."""
from xml.sax.saxutils import escape
from layout import COVERED_H, COVERED_V

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
FONTS = ('<office:font-face-decls><style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;"/>'
         '<style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-charset="x-symbol"/></office:font-face-decls>')


def paras(text, wing=False):
    out = []
    for line in text.split('\n'):
        if wing and ('þ' in line or '¨' in line):
            parts = ''
            for ch in line:
                parts += f'<text:span text:style-name="W">{escape(ch)}</text:span>' if ch in 'þ¨' else escape(ch)
            out.append(f'<text:p>{parts}</text:p>')
        else:
            out.append(f'<text:p>{escape(line)}</text:p>')
    return ''.join(out)


def cell_xml(cell, style, wing):
    if cell == COVERED_V or cell == COVERED_H:
        return '<table:covered-table-cell/>'
    text, rs, cs = cell
    span = (f' table:number-rows-spanned="{rs}"' if rs > 1 else '') + (f' table:number-columns-spanned="{cs}"' if cs > 1 else '')
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{span}>{paras(text, wing)}</table:table-cell>'


def fodt(lead, head, body, widths_cm, landscape=True, font_pt=9, repeat_header=True):
    pw, ph = ('29.7cm', '21cm') if landscape else ('21cm', '29.7cm')
    cols = ''.join(f'<style:style style:name="C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
                   for i, w in enumerate(widths_cm))
    wing = any('þ' in c[0] for row in body for c in row if isinstance(c, tuple))
    styles = (f'<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" '
              f'style:print-orientation="{"landscape" if landscape else "portrait"}" fo:margin="1.5cm"/></style:page-layout>'
              f'<style:style style:name="T" style:family="table"><style:table-properties style:width="{sum(widths_cm):.2f}cm" table:align="left"/></style:style>{cols}'
              '<style:style style:name="X" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>'
              '<style:style style:name="W" style:family="text"><style:text-properties style:font-name="Wingdings" fo:font-family="Wingdings"/></style:style>'
              '<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>')
    default = (f'<office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="{font_pt}pt" '
               f'style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="{font_pt}pt"/></style:default-style></office:styles>')
    lead_xml = ''.join(f'<text:p text:style-name="{"H" if i == 0 else "Standard"}">{escape(t)}</text:p>' for i, t in enumerate(lead))
    rows = lambda rs: ''.join('<table:table-row>' + ''.join(cell_xml(c, 'X', wing) for c in r) + '</table:table-row>' for r in rs)
    colx = ''.join(f'<table:table-column table:style-name="C{i}"/>' for i in range(len(widths_cm)))
    hx = f'<table:table-header-rows>{rows(head)}</table:table-header-rows>' if repeat_header else rows(head)
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
            f'{FONTS}{default}{styles}<office:body><office:text>{lead_xml}<table:table table:name="目录" table:style-name="T">{colx}{hx}{rows(body)}'
            '</table:table><text:p/></office:text></office:body></office:document>')


def fods(lead, head, body, widths_cm):
    ncol = len(widths_cm)
    cols = ''.join(f'<style:style style:name="C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
                   for i, w in enumerate(widths_cm))
    # Printed (to PDF) landscape, one page wide, the two header rows repeated on every page.
    styles = (f'<office:automatic-styles>{cols}<style:style style:name="X" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" '
              'fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>'
              '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
              'style:print-orientation="landscape" fo:margin="1cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>'
              '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>')
    lead_rows = ''.join(f'<table:table-row>{cell_xml((t, 1, ncol), "X", False)}' + '<table:covered-table-cell/>' * (ncol - 1) + '</table:table-row>'
                        for t in lead)
    row_xml = lambda rs: ''.join('<table:table-row>' + ''.join(cell_xml(c, 'X', False) for c in r) + '</table:table-row>' for r in rs)
    colx = ''.join(f'<table:table-column table:style-name="C{i}"/>' for i in range(ncol))
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            f'{styles}<office:body><office:spreadsheet><table:table table:name="目录" table:style-name="ta1">{colx}{lead_rows}'
            f'<table:table-header-rows>{row_xml(head)}</table:table-header-rows>{row_xml(body)}</table:table>'
            '</office:spreadsheet></office:body></office:document>')


def _cells(row, word_merges):
    """Cell texts of one row as a copy would give them: a horizontally merged cell is one cell in Word."""
    out = []
    for c in row:
        if c == COVERED_H and word_merges:
            continue
        out.append('' if c in (COVERED_V, COVERED_H) else c[0])
    return out


def word_copy(lead, head, body, eol='\r\n'):
    """A Word table copied as text: cells split by tabs, a cell with paragraph marks quoted ("" for ")."""
    def q(t):
        return '"' + t.replace('"', '""').replace('\n', eol) + '"' if '\n' in t else t
    lines = list(lead) + [''] + ['\t'.join(q(t) for t in _cells(r, True)) for r in head + body]
    return eol.join(lines) + eol


def tab_text(lead, head, body, cell_break=' '):
    """Tab text as extraction tools give it: one line per row, line breaks inside a cell turned to spaces."""
    lines = list(lead) + [''] + ['\t'.join(t.replace('\n', cell_break) for t in _cells(r, False)) for r in head + body]
    return '\n'.join(lines) + '\n'


def csv_text(lead, head, body, ncol):
    def q(t):
        return '"' + t.replace('"', '""') + '"' if any(ch in t for ch in ',"\n') else t
    lines = [','.join([q(t)] + [''] * (ncol - 1)) for t in lead]
    lines += [','.join(q(t) for t in _cells(r, False)) for r in head + body]
    return '\r\n'.join(lines) + '\r\n'
