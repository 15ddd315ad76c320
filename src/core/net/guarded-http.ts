import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Requests the server makes to addresses users typed (outgoing webhooks). Unless private targets
 * are allowed, a host that is or resolves to a loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast or otherwise reserved address is refused — checked on the address
 * actually connected to, so a DNS answer that changes between the check and the request
 * (DNS rebinding) cannot reach the internal network. Redirects are never followed.
 */

/** Whether an IP address is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

export class BlockedAddressError extends Error {
  constructor(readonly address: string) {
    super(`address ${address} is not public`);
    this.name = 'BlockedAddressError';
  }
}

/** A `lookup` for node:http that resolves as usual and refuses non-public answers. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const list = addresses;
      const blocked = allowPrivate ? undefined : list.find((a) => !isPublicAddress(a.address));
      if (blocked) return callback(new BlockedAddressError(blocked.address), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

/** Why a target URL may not be used, or null when it may (the DNS check happens again at send time). */
export async function targetUrlProblem(url: string, allowPrivate: boolean): Promise<'invalid' | 'private' | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'invalid';
  if (allowPrivate) return null;
  const host = parsed.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (isIP(host)) return isPublicAddress(host) ? null : 'private';
  if (host === 'localhost' || host.endsWith('.localhost')) return 'private';
  const addresses = await new Promise<LookupAddress[] | null>((resolve) => dnsLookup(host, { all: true }, (error, list) => resolve(error ? null : list)));
  // A name that does not resolve now may resolve later; the send-time check still applies.
  if (addresses?.some((a) => !isPublicAddress(a.address))) return 'private';
  return null;
}

export interface GuardedReply {
  status: number;
  bodyText: string;
}

/** POSTs `body`; answers the reply, or throws (timeout, refused address, network error). */
export function guardedPost(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean; maxResponseBytes?: number },
): Promise<GuardedReply> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(host) && !isPublicAddress(host)) return Promise.reject(new BlockedAddressError(host));
  const client = target.protocol === 'https:' ? https : http;
  const limit = options.maxResponseBytes ?? 64 * 1024;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(options.allowPrivate),
        timeout: options.timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= limit) chunks.push(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bodyText: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    // The whole exchange stays under the deadline: a server may send headers and then stall.
    const deadline = setTimeout(() => request.destroy(new TimeoutError(options.timeoutMs)), options.timeoutMs);
    request.on('timeout', () => request.destroy(new TimeoutError(options.timeoutMs)));
    request.on('error', reject);
    request.on('close', () => clearTimeout(deadline));
    request.end(body);
  });
}

export class TimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}
