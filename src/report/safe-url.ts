/**
 * The only URLs a report makes clickable: absolute http(s). Feed text is untrusted, so a
 * `javascript:`, `data:` or `vbscript:` link, a relative path or garbage stays plain text.
 */
export function safeHttpUrl(raw: string): string | null {
  // Browsers strip tabs/newlines inside URLs ("java\tscript:"); URL() does the same, so parse first.
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}
