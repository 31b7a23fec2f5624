#!/usr/bin/env python3
"""More pdftotext -raw cases for the line-stream reader, in catalog/layout pairs and column widths
generate.py does not make (so rules tuned on its ten files are checked on text they were not tuned on):

    python3 scripts/import-corpus/raw_widths.py [OUT_DIR]     # default: test/fixtures/import-corpus/pdf-raw-text

Each case is the catalog laid out as generate.py does, with its columns at `factor` times the wide
widths, written to PDF by LibreOffice Writer and read back with `pdftotext -raw`. The golden is the
catalog itself (golden_of), never the importer's output. Needs soffice and pdftotext."""
import json, os, shutil, subprocess, sys, tempfile
from catalogs import catalogs
from generate import ROOT, build, soffice
from layout import golden_of
from render import fodt

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'test/fixtures/import-corpus/pdf-raw-text')
# (catalog, layout, factor): pairs generate.py does not make, at widths between and beyond its two.
CASES = [('huinong', 'national', 0.85), ('longde', 'kou', 1.0), ('qingtongxia', 'five', 0.65), ('zhongning', 'named', 0.9)]


def main():
    cats = catalogs()
    tmp = tempfile.mkdtemp(prefix='raw-widths-')
    names = {}
    for cat_name, lay_name, factor in CASES:
        cat = cats[cat_name]
        lay, lead, head, body, widths, cols = build(cat, lay_name, False, factor)
        base = f'{cat_name}-{lay_name}-w{round(factor * 100)}'
        names[base] = golden_of(cat, lay, base, as_text=True)
        with open(os.path.join(tmp, base + '.fodt'), 'w', encoding='utf-8') as f:
            f.write(fodt(lead, head, body, widths))
    soffice(tmp, sorted(f for f in os.listdir(tmp) if f.endswith('.fodt')), 'pdf:writer_pdf_Export', os.path.join(tmp, 'pdf'))
    os.makedirs(OUT, exist_ok=True)
    for base, gold in names.items():
        text = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', os.path.join(tmp, 'pdf', base + '.pdf'), '-'],
                              check=True, capture_output=True).stdout
        with open(os.path.join(OUT, base + '.txt'), 'wb') as f:
            f.write(text)
        with open(os.path.join(OUT, base + '.txt.json'), 'w', encoding='utf-8') as f:
            json.dump(dict(gold, source=base + '.txt'), f, ensure_ascii=False, indent=2)
            f.write('\n')
    shutil.rmtree(tmp)
    print(f'wrote {len(names)} cases into {OUT}')


if __name__ == '__main__':
    main()
