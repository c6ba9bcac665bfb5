/**
 * Card numbers typed into the composer are masked before they leave the browser. A run of 13 to 19
 * digits (ASCII or full-width), optionally separated by spaces or hyphens (ASCII, full-width or
 * ideographic), that passes the Luhn check keeps only its last four digits.
 */
const DIGIT = '[0-9\\uFF10-\\uFF19]';
const SEPARATOR = '[ \\u00A0\\u3000\\-\\uFF0D\\u2010-\\u2015\\uFF0E.]';
const CANDIDATE = new RegExp(`${DIGIT}(?:${SEPARATOR}?${DIGIT}){12,18}`, 'g');
const MASK = '•';

/** Full-width digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The text with every card number masked, and whether anything was masked. */
export function maskCardNumbers(text: string): { text: string; masked: boolean } {
  let masked = false;
  const result = text.replace(CANDIDATE, (run) => {
    const digits = asciiDigits(run).replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !passesLuhn(digits)) return run;
    masked = true;
    let keep = 4;
    // Walk from the end: the last four digits stay, other digits become the mask, separators stay.
    return [...run]
      .reverse()
      .map((ch) => {
        if (!/[0-9\uFF10-\uFF19]/.test(ch)) return ch;
        if (keep > 0) {
          keep--;
          return ch;
        }
        return MASK;
      })
      .reverse()
      .join('');
  });
  return { text: result, masked };
}

/** Length in Unicode code points (what the server counts), not UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
