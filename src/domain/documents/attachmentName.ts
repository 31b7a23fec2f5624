/**
 * The name shown for an attachment. Files are stored by their sha256, never by this name,
 * so the name only has to be safe to display and to offer as a download name: no path
 * parts (../, C:\), no control or bidi-override characters, at most 120 characters, and the
 * extension that matches the sniffed type.
 */
const EXTENSIONS: Record<string, string> = { pdf: '.pdf', png: '.png', jpeg: '.jpg', gif: '.gif', docx: '.docx', xlsx: '.xlsx' };

export function safeDisplayName(original: string, type: keyof typeof EXTENSIONS | string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  let name = base.normalize('NFC').replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/[<>:"|?*]/g, '_').trim();
  name = name.replace(/^\.+/, '').replace(/\s+/g, ' ');
  const extension = EXTENSIONS[type] ?? '';
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || '附件';
  return [...stem].slice(0, 120 - extension.length).join('') + extension;
}
