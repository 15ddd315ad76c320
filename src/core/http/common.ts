import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** Every error answer: a stable machine code, a message localised by Accept-Language, sometimes details. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable machine code, e.g. `VALIDATION`, `NOT_FOUND`, `STAGE_GATE`', example: 'NOT_FOUND' }),
      message: z
        .string()
        .meta({ description: 'Human-readable message in the language of `Accept-Language` (zh-CN by default, en)', example: '线索不存在或您无权查看' }),
      details: z.unknown().optional().meta({ description: 'Structured details for some codes (validation issues, unmet stage requirements, blockers)' }),
    }),
  })
  .meta({ id: 'Error', description: 'The error envelope of every 4xx and 5xx answer' });

/**
 * A page of a list: `{items, total, page, pageSize}`. `id` names the envelope in the OpenAPI
 * document (components.schemas), e.g. `LeadList`.
 */
export const listOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
    .meta({ id, description: 'One page of a list' });

/** `{items}`: a whole (short) list without paging. */
export const itemsOf = <T extends z.ZodType>(item: T, id: string) => z.object({ items: z.array(item) }).meta({ id });

/** The empty answer of a 204. */
export const noContent = z.undefined();

/**
 * An enum of values read from a text column: answers are checked against it and the document
 * lists its values, while handlers may pass the column's `string` as it comes.
 */
export const storedEnum = <T extends z.ZodType>(schema: T) => schema as unknown as z.ZodType<z.output<T>, string>;

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/*
 * Shapes of values in answers: documented with their format, not checked again on the way out
 * (they come from the database, and an answer must never fail on a value the server wrote).
 */
/** A record id (UUID). */
export const uuidString = z.string().meta({ format: 'uuid' });
/** An instant, ISO 8601 in UTC as written by `Date.toISOString()`. */
export const dateTimeString = z.string().meta({ format: 'date-time' });
/** A calendar date `YYYY-MM-DD`. */
export const dateString = z.string().meta({ format: 'date' });

/** Query strings carry booleans as text. */
export const queryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
