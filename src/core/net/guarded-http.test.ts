import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedAddressError, guardedPost, isPublicAddress, targetUrlProblem, TimeoutError } from './guarded-http.js';

describe('requests to user-given addresses', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/hang') return; // never answers
      req.resume();
      req.on('end', () => res.writeHead(201, { 'content-type': 'text/plain' }).end(`got ${String(req.headers['x-test'])}`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('tells public unicast addresses from internal ones', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111']) expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      'nonsense',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });

  it('refuses internal targets up front, including names that resolve to them', async () => {
    expect(await targetUrlProblem('http://127.0.0.1/x', false)).toBe('private');
    expect(await targetUrlProblem('http://localhost./x', false)).toBe('private');
    expect(await targetUrlProblem('http://[::1]/x', false)).toBe('private');
    expect(await targetUrlProblem('http://127.0.0.1/x', true)).toBeNull();
    expect(await targetUrlProblem('https://93.184.215.14/x', false)).toBeNull();
    expect(await targetUrlProblem('file:///etc/passwd', true)).toBe('invalid');
    expect(await targetUrlProblem('not a url', true)).toBe('invalid');
  });

  it('checks the address it connects to, so a name resolving inside is refused at send time', async () => {
    // "localhost" is checked through the resolver at connect time, as any name would be.
    await expect(guardedPost(`http://localhost:${port}/`, '{}', {}, { timeoutMs: 2000, allowPrivate: false })).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(guardedPost(`http://127.0.0.1:${port}/`, '{}', {}, { timeoutMs: 2000, allowPrivate: false })).rejects.toBeInstanceOf(BlockedAddressError);
    const reply = await guardedPost(`http://localhost:${port}/`, '{}', { 'x-test': 'yes' }, { timeoutMs: 2000, allowPrivate: true });
    expect(reply).toEqual({ status: 201, bodyText: 'got yes' });
  });

  it('gives up when the receiver does not answer in time', async () => {
    await expect(guardedPost(`http://127.0.0.1:${port}/hang`, '{}', {}, { timeoutMs: 200, allowPrivate: true })).rejects.toBeInstanceOf(TimeoutError);
  });
});
