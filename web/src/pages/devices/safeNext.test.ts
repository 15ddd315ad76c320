import { describe, expect, it } from 'vitest';
import { loginReturningTo, safeNext, tokenOf } from './safeNext';

describe('the way back after signing in', () => {
  it('follows paths of this app only', () => {
    expect(safeNext('/d/AbC_123-xyzAbC_123-xy')).toBe('/d/AbC_123-xyzAbC_123-xy');
    expect(safeNext('/customers/1?tab=x')).toBe('/customers/1?tab=x');
    for (const bad of [null, undefined, '', 'https://evil.example/', '//evil.example', '/\\evil.example', '/login?next=/x', 'd/abc', '/x\nSet-Cookie'])
      expect(safeNext(bad), String(bad)).toBeNull();
  });

  it('puts the path into the login address', () => {
    expect(loginReturningTo('/d/abc')).toBe('/login?next=%2Fd%2Fabc');
  });
});

describe('a scanned label', () => {
  it('yields the token of a label URL or a bare token, nothing else', () => {
    expect(tokenOf('https://sales.example.com/d/AbC_123-xyzAbC_123-xy')).toBe('AbC_123-xyzAbC_123-xy');
    expect(tokenOf('  http://127.0.0.1:3000/d/AbC_123-xyzAbC_123-xy?x=1 ')).toBe('AbC_123-xyzAbC_123-xy');
    expect(tokenOf('AbC_123-xyzAbC_123-xy')).toBe('AbC_123-xyzAbC_123-xy');
    expect(tokenOf('https://example.com/other/AbC_123-xyzAbC_123-xy')).toBeNull();
    expect(tokenOf('WIFI:S:guest;;')).toBeNull();
  });
});
