/** What a scanner sees of an uploaded file. */
export interface ScanInput { name: string; declaredMimeType: string; bytes: Uint8Array }
export type ScanVerdict = { verdict: 'clean' } | { verdict: 'rejected'; reason: string };

/** A pluggable check run on completion (an antivirus bridge could implement it); it may be slow, so no transaction is held. */
export interface AttachmentScanner { scan(input: ScanInput): Promise<ScanVerdict> }

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Signatures of the types the checker knows; a declared type not listed here only gets the executable check. */
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/gif': (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')),
  'image/webp': (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
  'application/pdf': (b) => startsWith(b, ascii('%PDF-')),
  'text/plain': (b) => !b.includes(0) && isUtf8(b),
};

/** Which type a file name's extension claims. */
const TYPE_OF_EXTENSION: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf', txt: 'text/plain', log: 'text/plain',
};

const EXECUTABLES = [ascii('MZ'), [0x7f, 0x45, 0x4c, 0x46], [0xca, 0xfe, 0xba, 0xbe], [0xcf, 0xfa, 0xed, 0xfe], ascii('#!')];

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export const extensionOf = (name: string): string | undefined => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();

/**
 * The built-in checker: rejects executables whatever they are called, a file whose bytes are not what
 * its declared type says (an .exe renamed .png), and a name whose extension claims another type.
 */
export function builtInScanner(blockedExtensions: string[]): AttachmentScanner {
  return {
    async scan({ name, declaredMimeType, bytes }) {
      const extension = extensionOf(name);
      if (extension && blockedExtensions.includes(extension)) return { verdict: 'rejected', reason: 'blocked_extension' };
      if (EXECUTABLES.some((sig) => startsWith(bytes, sig))) return { verdict: 'rejected', reason: 'executable' };
      const signature = SIGNATURES[declaredMimeType.toLowerCase()];
      if (signature && !signature(bytes)) return { verdict: 'rejected', reason: 'type_mismatch' };
      const claimed = extension ? TYPE_OF_EXTENSION[extension] : undefined;
      if (claimed && claimed !== declaredMimeType.toLowerCase()) return { verdict: 'rejected', reason: 'type_mismatch' };
      return { verdict: 'clean' };
    },
  };
}
