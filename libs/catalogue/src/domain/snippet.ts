/** Markers PostgreSQL's ts_headline puts around matches; control characters never occur in listing text. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Turns a ts_headline fragment into safe HTML: the listing text is escaped, then only the match
 * markers become <mark> elements, so a supplier cannot put markup into search results.
 */
export function snippetHtml(fragment: string): string {
  const escaped = fragment.replace(/[\u0000-\u0001\u0004-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
  return escaped.split(MATCH_START).join('<mark>').split(MATCH_END).join('</mark>');
}
