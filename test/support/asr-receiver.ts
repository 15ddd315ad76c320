import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a cloud speech-to-text service on 127.0.0.1, speaking the contract of
 * docs/voice.md: it records each request (method, headers, the multipart fields with the audio's
 * bytes) and answers what the test scripts.
 */
export interface AsrRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The multipart text fields (`language`, `format`). */
  fields: Record<string, string>;
  file: { name: string; type: string; bytes: Buffer } | null;
}

export interface AsrAnswer {
  status?: number;
  body?: unknown;
}

export interface AsrReceiver {
  url: string;
  readonly requests: AsrRequest[];
  answer(next: AsrAnswer | ((request: AsrRequest) => AsrAnswer)): void;
  close(): Promise<void>;
}

export async function startAsrReceiver(): Promise<AsrReceiver> {
  const requests: AsrRequest[] = [];
  let responder: (request: AsrRequest) => AsrAnswer = () => ({ status: 200, body: { text: '' } });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks);
        const fields: Record<string, string> = {};
        let file: AsrRequest['file'] = null;
        const type = req.headers['content-type'] ?? '';
        if (type.startsWith('multipart/form-data')) {
          // The platform's own multipart parser: what a real service would read.
          const form = await new Request('http://asr.local/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
          for (const [name, value] of form.entries()) {
            if (typeof value === 'string') fields[name] = value;
            else if (name === 'file') file = { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
          }
        }
        const request: AsrRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, fields, file };
        requests.push(request);
        const { status = 200, body } = responder(request);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body === undefined ? '' : JSON.stringify(body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/asr`,
    requests,
    answer(next) {
      responder = typeof next === 'function' ? next : () => next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
