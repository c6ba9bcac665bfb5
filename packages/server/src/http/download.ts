/**
 * Headers for a file the browser must save, never render: Content-Disposition attachment with an ASCII
 * fallback name and the UTF-8 name (RFC 6266 / 8187), no sniffing, and a sandbox should it be opened anyway.
 */
export function downloadHeaders(fileName: string): Record<string, string> {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'download';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return {
    'content-disposition': `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'cache-control': 'private, no-store',
  };
}
