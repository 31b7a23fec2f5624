/**
 * The text around the table: title, the 责任单位/填表人/复核人/审签人/填表时间
 * line, the declared summary line (in both printed forms) and a preamble.
 */
import type { DeclaredSummary } from '../../domain/catalog/catalog.ts';
import { cleanText, compact } from './cellText.ts';

export interface HeaderBlock {
  title: string | null;
  agency: string | null;
  preparer: string | null;
  reviewer: string | null;
  approver: string | null;
  preparedOn: string | null;
  declared: DeclaredSummary | null;
  /** The summary line as written (trimmed), from its first word when it shares a line with 责任单位…. */
  declaredText: string | null;
  /** The 责任单位/填表人… lines as written. */
  headerLines: string[];
  preamble: Record<string, unknown> | null;
}

const LABELS = ['责任单位', '填报单位', '填表单位', '填表人', '填报人', '复核人', '审核人', '审签人', '签发人', '填表时间', '填报时间', '填表日期', '填报日期'];
const LABEL_RE = new RegExp(`(${LABELS.join('|')})\\s*[：:]`, 'g');

/** 2024年9月29日, 2023.11.2, 2023-11-02, 2023/11/2 → ISO date; null otherwise. */
export function isoDate(text: string): string | null {
  const m = /(\d{4})\s*[年.\-/／]\s*(\d{1,2})\s*[月.\-/／]\s*(\d{1,2})/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Label → value pairs of a 责任单位：… 填表人：… line. */
export function responsibilityLine(line: string): Record<string, string> | null {
  const hits = [...line.matchAll(LABEL_RE)];
  if (hits.length === 0) return null;
  const out: Record<string, string> = {};
  hits.forEach((hit, i) => {
    const end = hits[i + 1]?.index ?? line.length;
    out[hit[1]!] = cleanText(line.slice(hit.index + hit[0].length, end));
  });
  return out;
}

function count(text: string, re: RegExp): number | null {
  const m = re.exec(text);
  if (!m) return null;
  return m[1] === undefined || m[1] === '' ? null : Number(m[1]);
}

/** The summary line: 主动公开一级事项6项，二级事项36项；依申请公开二级事项0项 or 主动公开26项，依申请公开9项. */
export function declaredSummary(line: string): DeclaredSummary | null {
  const t = compact(line).replace(/[_＿]+/g, '');
  if (!/主动公开|依申请公开/.test(t) || !/项/.test(t)) return null;
  const proactiveLevel1 = count(t, /主动公开一级事项(\d*)项/);
  const proactiveLevel2 = count(t, /主动公开一级事项\d*项[，,；;、]?二级事项(\d*)项/);
  const onRequestLevel2 = count(t, /依申请公开二级事项(\d*)项/);
  const proactive = count(t, /主动公开(\d+)项/);
  const onRequest = count(t, /依申请公开(\d+)项/);
  const hasForm = /主动公开一级事项|依申请公开二级事项|主动公开\d+项|依申请公开\d+项/.test(t);
  if (!hasForm) return null;
  return { proactiveLevel1, proactiveLevel2, onRequestLevel2, proactive, onRequest };
}

/** The summary as written on its line: from 政府信息/主动公开 on when the line starts with other labels. */
export function summaryText(line: string): string {
  const t = line.trim();
  const at = t.search(/政府信息[：:]|主动公开|依申请公开/);
  const start = at > 0 && responsibilityLine(t.slice(0, at)) !== null ? at : 0;
  return t.slice(start).trim();
}

export function isSummaryLine(line: string): boolean {
  return declaredSummary(line) !== null;
}

const TITLE_WORDS = /(目录|清单|事项表|一览表|标准)/;

export function looksTitle(line: string): boolean {
  const t = compact(line).replace(/^#+/, '');
  return t.length >= 4 && t.length <= 60 && TITLE_WORDS.test(t) && !/[：:]/.test(t) && !isSummaryLine(t);
}

/** The agency a title names: 固原市医疗保障局政务公开事项目录 → 固原市医疗保障局. */
export function agencyFromTitle(title: string): string | null {
  const m = /^(.+?)(?:关于|政务公开|政府信息|信息公开|信息主动公开|主动公开|公开事项|公开目录|公开清单|基层政务)/.exec(compact(title));
  if (!m) return null;
  const name = m[1]!.replace(/[的]$/, '');
  // 社会救助领域基层政务公开标准目录 names a field of work (国办发〔2019〕54号 standard titles), no agency.
  return name.length >= 2 && !name.endsWith('领域') ? name : null;
}

const PREAMBLE_KEYS: Record<string, string> = {
  责任主体: 'responsibleBody',
  责任单位: 'responsibleBody',
  联系方式: 'contact',
  公开渠道: 'channel',
  监督渠道: 'supervision',
  公开时限: 'timeLimit',
  公开方式: 'mode',
};

/** Facts stated outside the table (a preamble such as 第一部分 概述), or null. */
export function readPreamble(lines: readonly string[]): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const basis: string[] = [];
  const other: string[] = [];
  let inBasis = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^第[一二三四五六七八九十]+部分/.test(compact(line))) continue;
    if (/^[一二三四五六七八九十]+[、.．]/.test(line)) {
      inBasis = /依据/.test(line);
      continue;
    }
    const keyed = /^【([^】]+)】\s*(.*)$/.exec(line);
    if (keyed) {
      inBasis = false;
      const label = keyed[1]!;
      const value = keyed[2]!.trim();
      const key = PREAMBLE_KEYS[label] ?? label;
      if (key === 'contact') {
        const phone = /(?:电话|联系电话)[：:]\s*([0-9\-—–－ ]{6,})/.exec(value);
        const address = /(?:地址|通讯地址)[：:]\s*([^，,；;]+)/.exec(value);
        if (phone) out.phone = phone[1]!.trim();
        if (address) out.address = address[1]!.trim();
        if (!phone && !address) out.contact = value;
      } else if (key === 'supervision') {
        const phone = /(?:电话)[：:]\s*([0-9\-—–－ ]{6,})/.exec(value);
        out.supervisionPhone = phone ? phone[1]!.trim() : value.replace(/[，,。]$/, '');
      } else if (key === 'channel') {
        out.channel = value;
        const url = /https?:\/\/[^\s）)]+/.exec(value);
        if (url) out.website = url[0];
      } else {
        out[key] = value.replace(/[，,。]$/, '');
      }
      continue;
    }
    if (inBasis) {
      basis.push(line.replace(/^\d+\s*[.．、]\s*/, '').replace(/[；;。]$/, ''));
      continue;
    }
    other.push(line);
  }
  if (basis.length > 0) out.basis = basis;
  if (other.length > 0) out.text = other;
  return Object.keys(out).length > 0 ? out : null;
}

/** Reads the paragraphs before (and after) the table. */
export function readHeaderBlock(before: readonly string[]): HeaderBlock {
  let title: string | null = null;
  let declared: DeclaredSummary | null = null;
  let declaredText: string | null = null;
  const headerLines: string[] = [];
  let responsibility: Record<string, string> | null = null;
  const rest: string[] = [];
  for (const raw of before) {
    const line = raw.replace(/^#+\s*/, '').trim();
    if (line === '') continue;
    if (/^附件\s*\d*$/.test(line)) continue;
    const resp = responsibilityLine(line);
    const summary = declaredSummary(line);
    if (resp && Object.keys(resp).length > 0) {
      responsibility = { ...(responsibility ?? {}), ...resp };
      // The summary may share the line.
      if (summary && !declared) {
        declared = summary;
        declaredText = summaryText(line);
        const rest = line.slice(0, line.indexOf(declaredText)).trim();
        headerLines.push(rest === '' ? line : rest);
      } else headerLines.push(line);
      continue;
    }
    if (summary) {
      if (!declared) declaredText = summaryText(line);
      declared ??= summary;
      continue;
    }
    if (title === null && looksTitle(line)) {
      title = cleanText(line);
      continue;
    }
    rest.push(raw);
  }
  const pick = (...keys: string[]) => {
    for (const key of keys) {
      const v = responsibility?.[key];
      if (v) return v;
    }
    return null;
  };
  const dateText = pick('填表时间', '填报时间', '填表日期', '填报日期');
  return {
    title,
    agency: pick('责任单位', '填报单位', '填表单位') ?? (title ? agencyFromTitle(title) : null),
    preparer: pick('填表人', '填报人'),
    reviewer: pick('复核人', '审核人'),
    approver: pick('审签人', '签发人'),
    preparedOn: dateText ? isoDate(dateText) : null,
    declared,
    declaredText,
    headerLines,
    preamble: readPreamble(rest),
  };
}
