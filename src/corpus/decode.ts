/**
 * Bytes to text for the sources the corpus reads: a byte order mark, else the charset a server
 * declared, else an XML declaration or an HTML meta tag near the top, else UTF-8. UTF-8 is decoded
 * strictly (a file that is not valid UTF-8 is refused); a declared legacy charset is decoded as declared.
 */

export class DecodeError extends Error {}

function declared(head: string): string | undefined {
  return (
    /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  );
}

/** The charset named in a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

export function decodeBytes(buf: Uint8Array, headerCharset?: string): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return strictUtf8(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf.subarray(0, 8192).includes(0)) throw new DecodeError('looks like a binary file (it contains NUL bytes)');
  const head = Buffer.from(buf.subarray(0, 2048)).toString('latin1');
  const charset = (headerCharset ?? declared(head) ?? 'utf-8').toLowerCase();
  if (charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii' || charset === 'ascii') return strictUtf8(buf);
  let d: TextDecoder;
  try {
    d = new TextDecoder(charset);
  } catch {
    throw new DecodeError(`declares an unknown character set "${charset}"`);
  }
  return d.decode(buf);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(buf: Uint8Array): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new DecodeError('is not valid UTF-8 (and declares no other character set)');
  }
}
