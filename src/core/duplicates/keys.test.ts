import { describe, expect, it } from 'vitest';
import { companyKey, maskMobile, phoneKey } from './keys.js';

describe('phoneKey', () => {
  it('keeps digits only and drops the mainland country code of a mobile', () => {
    expect(phoneKey('138-1234 5678')).toBe('13812345678');
    expect(phoneKey('+86 138 1234 5678')).toBe('13812345678');
    expect(phoneKey('0086-13812345678')).toBe('13812345678');
    expect(phoneKey('8613812345678')).toBe('13812345678');
    expect(phoneKey('(0512) 6688-1234')).toBe('051266881234');
  });
  it('matches nothing for short or empty numbers', () => {
    expect(phoneKey('')).toBeNull();
    expect(phoneKey(null)).toBeNull();
    expect(phoneKey('110')).toBeNull();
    expect(phoneKey('+86')).toBeNull();
  });
  it('keeps a country code that is not followed by a mobile number', () => {
    expect(phoneKey('86 21 6688 1234')).toBe('862166881234');
  });
});

describe('companyKey', () => {
  it('ignores legal-form suffixes, spaces, width and case', () => {
    const key = companyKey('苏州恒瑞精密机械有限公司');
    expect(key).toBe('苏州恒瑞精密机械');
    expect(companyKey(' 苏州恒瑞精密机械 ')).toBe(key);
    expect(companyKey('苏州恒瑞精密机械股份有限公司')).toBe(key);
    expect(companyKey('苏州恒瑞 精密机械公司')).toBe(key);
    expect(companyKey('ＡＢＣ　Ｔｅｃｈ（苏州）有限公司')).toBe(companyKey('abc tech (苏州)'));
    expect(companyKey('Acme Co., Ltd.')).toBe('acme');
    expect(companyKey('ACME Inc')).toBe('acme');
  });
  it('keeps what tells companies apart', () => {
    expect(companyKey('苏州恒瑞精密机械有限公司')).not.toBe(companyKey('无锡恒瑞精密机械有限公司'));
  });
  it('matches nothing for names that are only a suffix or too short', () => {
    expect(companyKey('有限公司')).toBeNull();
    expect(companyKey('A')).toBeNull();
    expect(companyKey(null)).toBeNull();
  });
});

describe('maskMobile', () => {
  it('hides the middle of a mobile number', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('138-1234-5678')).toBe('138-****-5678');
  });
  it('hides short numbers entirely and leaves none alone', () => {
    expect(maskMobile('1234')).toBe('****');
    expect(maskMobile(null)).toBeNull();
    expect(maskMobile('0512-66881234')).toBe('051*-****1234');
    expect(maskMobile('6688123')).toBe('66*8123');
  });
});
