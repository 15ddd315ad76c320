import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { firstDifference, strictSerializerCompiler } from './response-check.js';

const serializerFor = (schema: z.ZodType) => strictSerializerCompiler({ schema, method: 'GET', url: '/things', httpStatus: '200' });

describe('strict response serialisation', () => {
  it('finds where two answers differ', () => {
    expect(firstDifference({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBeNull();
    expect(firstDifference({ items: [{ id: 'x', ownerName: 'Li' }] }, { items: [{ id: 'x' }] })).toBe('items.0.ownerName');
    expect(firstDifference({ n: 1 }, { n: '1' })).toBe('n');
  });

  it('serialises an answer its schema describes completely', () => {
    const serialize = serializerFor(z.object({ id: z.string(), at: z.string().nullable() }));
    expect(serialize({ id: 'x', at: null })).toBe('{"id":"x","at":null}');
  });

  it('refuses an answer whose schema forgets a field, instead of dropping the field', () => {
    const serialize = serializerFor(z.object({ id: z.string() }));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => serialize({ id: 'x', ownerName: 'Li' })).toThrow(/GET \/things changes the answer at "ownerName"/);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
