import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { DomainError } from '../domain/shared/errors.ts';

export interface CjkFont {
  regular: { file: string; face: string };
  bold: { file: string; face: string };
}

const DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/truetype/noto'];

let cached: CjkFont | null = null;

/**
 * Finds Noto Sans CJK (Debian's fonts-noto-cjk, a .ttc collection) for the PDF
 * export: the configured file (GONGKAI_CJK_FONT, a .ttc/.otf path) first, then the usual folders,
 * then fontconfig. A clear error names the package to install when none is found.
 */
export function findCjkFont(fromEnv?: string): CjkFont {
  if (cached) return cached;
  if (fromEnv && existsSync(fromEnv)) {
    const face = fromEnv.endsWith('.ttc') ? 'NotoSansCJKsc-Regular' : '';
    cached = { regular: { file: fromEnv, face }, bold: { file: fromEnv, face } };
    return cached;
  }
  for (const dir of DIRS) {
    const regular = `${dir}/NotoSansCJK-Regular.ttc`;
    if (existsSync(regular)) {
      const bold = `${dir}/NotoSansCJK-Bold.ttc`;
      cached = {
        regular: { file: regular, face: 'NotoSansCJKsc-Regular' },
        bold: existsSync(bold) ? { file: bold, face: 'NotoSansCJKsc-Bold' } : { file: regular, face: 'NotoSansCJKsc-Regular' },
      };
      return cached;
    }
  }
  try {
    const listed = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8', timeout: 5000 })
      .split('\n')
      .map((line) => line.replace(/:\s*$/, '').trim())
      .find((file) => /NotoSansCJK-Regular\.ttc$/.test(file));
    if (listed) {
      cached = { regular: { file: listed, face: 'NotoSansCJKsc-Regular' }, bold: { file: listed, face: 'NotoSansCJKsc-Regular' } };
      return cached;
    }
  } catch {
    // fontconfig missing: fall through to the error below.
  }
  throw new DomainError(
    'config.invalid',
    '导出 PDF 需要中文字体 Noto Sans CJK：请安装 fonts-noto-cjk（apt-get install -y fonts-noto-cjk），或用 GONGKAI_CJK_FONT 指定字体文件路径',
  );
}
