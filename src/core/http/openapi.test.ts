import { describe, expect, it } from 'vitest';
import { standardErrors, tidyComponents } from './openapi.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('OpenAPI components', () => {
  it('keeps one name when only the accepted side of a schema is used, or both sides are the same', () => {
    const tidy = tidyComponents({
      paths: { '/x': { post: { requestBody: { content: { 'application/json': { schema: ref('CreateXRequestInput') } } }, responses: { 200: ref('X') } } } },
      components: {
        schemas: {
          CreateXRequest: { type: 'object', properties: { kind: ref('KindInput') } },
          CreateXRequestInput: { type: 'object', properties: { kind: ref('KindInput') } },
          X: { type: 'object', properties: { kind: ref('Kind') } },
          XInput: { type: 'object' },
          Kind: { type: 'string', enum: ['a', 'b'] },
          KindInput: { type: 'string', enum: ['a', 'b'] },
          Unused: { type: 'string' },
        },
      },
    });
    expect(tidy.paths).toEqual({
      '/x': { post: { requestBody: { content: { 'application/json': { schema: ref('CreateXRequest') } } }, responses: { 200: ref('X') } } },
    });
    expect(tidy.components).toEqual({
      schemas: {
        CreateXRequest: { type: 'object', properties: { kind: ref('Kind') } },
        Kind: { type: 'string', enum: ['a', 'b'] },
        X: { type: 'object', properties: { kind: ref('Kind') } },
      },
    });
  });

  it('keeps both sides when a schema is accepted and answered differently', () => {
    const tidy = tidyComponents({
      paths: { '/x': { put: { requestBody: { content: { 'application/json': { schema: ref('DocInput') } } }, responses: { 200: ref('Doc') } } } },
      components: { schemas: { Doc: { required: ['a', 'b'] }, DocInput: { required: ['a'] } } },
    });
    expect(Object.keys((tidy.components as { schemas: object }).schemas)).toEqual(['Doc', 'DocInput']);
  });

  it('gives each kind of route its shared error answers', () => {
    expect(standardErrors({ method: 'GET', config: {} }, {})).toEqual({ 401: ['UNAUTHENTICATED'] });
    expect(standardErrors({ method: 'GET', config: { public: true } }, {})).toEqual({});
    expect(standardErrors({ method: 'POST', config: {} }, {})).toEqual({
      400: ['BAD_REQUEST'],
      401: ['UNAUTHENTICATED'],
      403: ['CSRF', 'TOKEN_SCOPE', 'FORBIDDEN'],
      413: ['PAYLOAD_TOO_LARGE'],
      415: ['BAD_REQUEST'],
    });
    expect(standardErrors({ method: 'GET', config: {} }, { params: {} })[400]).toEqual(['VALIDATION']);
    expect(standardErrors({ method: 'POST', config: { deliveryWrite: true } }, {})[403]).toEqual(['CSRF', 'TOKEN_SCOPE']);
    expect(Object.keys(standardErrors({ method: 'POST', config: { public: true, rateLimit: { max: 1 } } }, {}))).toEqual(['400', '413', '415', '429']);
  });
});
