import { describe, expect, it } from 'vitest';
import { clearReadSource, currentDataLag, noteReadSource } from './dataFreshness';

const answer = (headers: Record<string, string>) => noteReadSource(new Headers(headers));

describe('the age of replica data', () => {
  it('is noted above 5 s from the replica, forgotten from the primary or a fresh replica, kept across answers that say nothing', () => {
    answer({ 'x-read-source': 'replica', 'x-data-lag-ms': '4000' });
    expect(currentDataLag()).toBeNull();
    answer({ 'x-read-source': 'replica', 'x-data-lag-ms': '12000' });
    expect(currentDataLag()).toBe(12_000);
    answer({});
    expect(currentDataLag()).toBe(12_000);
    answer({ 'x-read-source': 'primary' });
    expect(currentDataLag()).toBeNull();
    answer({ 'x-read-source': 'replica', 'x-data-lag-ms': '30000' });
    clearReadSource();
    expect(currentDataLag()).toBeNull();
  });
});
