/** The subset of JSON Schema (draft 2020-12, as the server generates it from zod) the designer renders. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  description?: string;
  default?: unknown;
}

export type Path = (string | number)[];
/** Server validation problems by path (`rules.stageFields.0.fields`). */
export type Issues = Record<string, string>;

export const pathKey = (path: Path) => path.join('.');

/** The problems at this path or below it, for a field that shows them. */
export function issuesAt(issues: Issues, path: Path): string[] {
  const key = pathKey(path);
  return Object.entries(issues)
    .filter(([p]) => p === key)
    .map(([, m]) => m);
}

export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(root) ? [...(root as unknown[])] : { ...(root as Record<string, unknown>) };
  (copy as Record<string | number, unknown>)[head] = setIn((root as Record<string | number, unknown> | undefined)?.[head], rest, value);
  return copy as T;
}

export function getIn(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root);
}

/** A blank value a new list item starts from: what the schema requires, with neutral values. */
export function blankOf(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return blankOf(variants[0]);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([k]) => schema.required?.includes(k))
          .map(([k, v]) => [k, blankOf(v)]),
      );
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'number':
    case 'integer':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    default:
      return '';
  }
}
