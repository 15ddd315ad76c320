import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';

type RouteSchema = Parameters<typeof serializerCompiler>[0];

/** The first place where two JSON values differ, as a path like `items.0.ownerName`. */
export function firstDifference(expected: unknown, actual: unknown, path = ''): string | null {
  if (isDeepStrictEqual(expected, actual)) return null;
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && Array.isArray(expected) === Array.isArray(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      const found = firstDifference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return path || '(root)';
}

/**
 * The type provider's serializer parses each answer with the route's response schema, which
 * silently drops any field the schema forgets. This one (used by the tests and the API snapshot)
 * refuses such an answer instead: what the handler returned must reach the client unchanged.
 */
export const strictSerializerCompiler: FastifySerializerCompiler<RouteSchema['schema']> = (route) => {
  const serialize = serializerCompiler(route);
  return (data) => {
    const json = serialize(data);
    const difference = firstDifference(JSON.parse(JSON.stringify(data) ?? 'null'), JSON.parse(json));
    if (difference !== null) {
      const message = `the ${route.httpStatus} response schema of ${route.method} ${route.url} changes the answer at "${difference}"`;
      console.error(message);
      throw new Error(message);
    }
    return json;
  };
};
