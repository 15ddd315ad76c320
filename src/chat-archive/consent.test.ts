import { describe, expect, it } from 'vitest';
import { consentWindow, mayKeep } from './consent.js';

const t = (n: number) => new Date(Date.UTC(2026, 10, n));

describe('consent', () => {
  it('keeps everything of a contact who never disagreed', () => {
    expect(consentWindow([])).toBeNull();
    expect(mayKeep(null, t(1))).toBe(true);
    const agreed = consentWindow([{ kind: 'agree', at: t(2) }]);
    expect(agreed).toEqual({ state: 'agreed', lastDisagreeAt: null, agreedAgainAt: null, changedAt: t(2) });
    expect(mayKeep(agreed, t(1))).toBe(true);
  });

  it('keeps nothing after a disagree, before or after it, until an agree', () => {
    const w = consentWindow([
      { kind: 'agree', at: t(1) },
      { kind: 'disagree', at: t(5) },
    ]);
    expect(w).toEqual({ state: 'disagreed', lastDisagreeAt: t(5), agreedAgainAt: null, changedAt: t(5) });
    expect(mayKeep(w, t(3))).toBe(false);
    expect(mayKeep(w, t(9))).toBe(false);
  });

  it('keeps messages from the first agree after the last disagree on, whatever the order of arrival', () => {
    const events = [
      { kind: 'agree' as const, at: t(9) },
      { kind: 'disagree' as const, at: t(5) },
      { kind: 'agree' as const, at: t(7) },
      { kind: 'disagree' as const, at: t(2) },
    ];
    const w = consentWindow(events);
    expect(w).toEqual({ state: 'agreed', lastDisagreeAt: t(5), agreedAgainAt: t(7), changedAt: t(9) });
    expect(consentWindow([...events].reverse())).toEqual(w);
    expect(mayKeep(w, t(6))).toBe(false);
    expect(mayKeep(w, t(7))).toBe(true);
    expect(mayKeep(w, t(8))).toBe(true);
  });

  it('lets a disagree win over an agree of the same instant', () => {
    const w = consentWindow([
      { kind: 'agree', at: t(4) },
      { kind: 'disagree', at: t(4) },
    ]);
    expect(w?.state).toBe('disagreed');
  });
});
