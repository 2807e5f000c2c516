import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address a request comes from, for rate limits and throttling: the socket's remote address;
 * behind `trustProxy` reverse proxies (TRUST_PROXY), the address the outermost of them saw, that
 * is the `trustProxy`-th entry from the right of X-Forwarded-For (each proxy appends the address that
 * connected to it; whatever a client puts further left is not believed). 'unknown' when there is no
 * socket (in-process tests).
 */
export function clientAddress(c: Context, trustProxy: number, socketAddress: SocketAddress = nodeSocketAddress): string {
  if (trustProxy > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const address = chain[Math.max(0, chain.length - trustProxy)];
    if (address) return normalise(address);
  }
  try {
    return normalise(socketAddress(c) ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/** Where the server saw the request come from (Node's socket; on Lambda, the event's source IP). */
export type SocketAddress = (c: Context) => string | undefined;

const nodeSocketAddress: SocketAddress = (c) => getConnInfo(c).remote.address;

/** `::ffff:10.0.0.1` is 10.0.0.1; at most an address's length. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').slice(0, 64);
}
