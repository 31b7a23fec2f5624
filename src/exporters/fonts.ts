import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DomainError } from '../domain/shared/errors.ts';

export interface FontFace {
  file: string;
  /** The face inside a .ttc collection; '' for a single-font .otf/.ttf. */
  face: string;
}

export interface CjkFont {
  regular: FontFace;
  bold: FontFace;
}

/** Where the PDF export looks for a Chinese font, in this order (see resolveCjkFont). */
export interface FontPlaces {
  /** GONGKAI_CJK_FONT: a .ttc/.otf/.ttf the operator chose. */
  override?: string;
  /** The fonts/ folder of the npm package @embedpdf/fonts-sc (Noto Sans Hans, SIL OFL 1.1), null when not installed. */
  packagedDir: string | null;
  /** Folders of Debian's fonts-noto-cjk and its cousins on other distributions. */
  systemDirs: readonly string[];
  /** Asks fontconfig as the last resort (false in tests that hide the system's fonts). */
  useFontconfig: boolean;
}

export const SYSTEM_FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/truetype/noto'];

/** The package's fonts/ folder, found through Node's resolution so it works from any working directory. */
export function packagedFontDir(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    const dir = join(dirname(entry), '..', 'fonts');
    return existsSync(join(dir, 'NotoSansHans-Regular.otf')) ? dir : null;
  } catch {
    return null;
  }
}

const single = (file: string): FontFace => ({ file, face: '' });

function fromOverride(file: string): CjkFont {
  const face = file.endsWith('.ttc') ? { file, face: 'NotoSansCJKsc-Regular' } : single(file);
  return { regular: face, bold: face };
}

function fromPackage(dir: string): CjkFont {
  const bold = join(dir, 'NotoSansHans-Bold.otf');
  const regular = single(join(dir, 'NotoSansHans-Regular.otf'));
  return { regular, bold: existsSync(bold) ? single(bold) : regular };
}

function fromSystemDirs(dirs: readonly string[]): CjkFont | null {
  for (const dir of dirs) {
    const regular = `${dir}/NotoSansCJK-Regular.ttc`;
    if (!existsSync(regular)) continue;
    const bold = `${dir}/NotoSansCJK-Bold.ttc`;
    const regularFace = { file: regular, face: 'NotoSansCJKsc-Regular' };
    return { regular: regularFace, bold: existsSync(bold) ? { file: bold, face: 'NotoSansCJKsc-Bold' } : regularFace };
  }
  return null;
}

function fromFontconfig(): CjkFont | null {
  try {
    const listed = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8', timeout: 5000 })
      .split('\n')
      .map((line) => line.replace(/:\s*$/, '').trim())
      .find((file) => /NotoSansCJK-Regular\.ttc$/.test(file));
    if (!listed) return null;
    const face = { file: listed, face: 'NotoSansCJKsc-Regular' };
    return { regular: face, bold: face };
  } catch {
    return null; // fontconfig missing
  }
}

/**
 * The Chinese font for the PDF export: the operator's file (GONGKAI_CJK_FONT) first, then the
 * font shipped through npm (so `npm install` alone is enough), then the system's Noto Sans CJK
 * only if the package is somehow missing. pdfkit embeds a subset of whichever is chosen.
 */
export function resolveCjkFont(places: FontPlaces): CjkFont {
  if (places.override && existsSync(places.override)) return fromOverride(places.override);
  if (places.packagedDir) return fromPackage(places.packagedDir);
  const found = fromSystemDirs(places.systemDirs) ?? (places.useFontconfig ? fromFontconfig() : null);
  if (found) return found;
  throw new DomainError(
    'config.invalid',
    '导出 PDF 需要中文字体：npm 包 @embedpdf/fonts-sc 未安装，请在程序目录运行 npm install，或用 GONGKAI_CJK_FONT 指定字体文件路径',
  );
}

const cache = new Map<string, CjkFont>();

/** resolveCjkFont with this machine's places, once per process for each override. */
export function findCjkFont(override?: string): CjkFont {
  const key = override ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const font = resolveCjkFont({ override, packagedDir: packagedFontDir(), systemDirs: SYSTEM_FONT_DIRS, useFontconfig: true });
  cache.set(key, font);
  return font;
}
