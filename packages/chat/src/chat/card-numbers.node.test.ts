import { describe, expect, it } from 'vitest';
import { asciiDigits, codePointLength, maskCardNumbers, passesLuhn } from './card-numbers.js';

describe('card numbers', () => {
  it('checks Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });

  it('masks a card number typed with spaces or hyphens, keeping the last four digits', () => {
    expect(maskCardNumbers('my card 4111 1111 1111 1111 is lost')).toEqual({ text: 'my card •••• •••• •••• 1111 is lost', masked: true });
    expect(maskCardNumbers('5500-0000-0000-0004')).toEqual({ text: '••••-••••-••••-0004', masked: true });
    expect(maskCardNumbers('378282246310005').text).toBe('•••••••••••0005');
  });

  it('masks full-width digits and ideographic or full-width separators', () => {
    expect(asciiDigits('４１１１')).toBe('4111');
    expect(maskCardNumbers('卡号４１１１　１１１１　１１１１　１１１１')).toEqual({ text: '卡号••••　••••　••••　１１１１', masked: true });
    expect(maskCardNumbers('４１１１－１１１１－１１１１－１１１１').masked).toBe(true);
  });

  it('leaves numbers that are not card numbers alone', () => {
    for (const text of ['call +852 9123 4567', 'order 4111111111111112', 'ref 123456789012', 'amount 1,000,000.00']) {
      expect(maskCardNumbers(text)).toEqual({ text, masked: false });
    }
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('😀a')).toBe(2);
    expect('😀a'.length).toBe(3);
    expect(codePointLength('你好')).toBe(2);
  });
});
