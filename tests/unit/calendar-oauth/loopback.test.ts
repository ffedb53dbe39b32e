import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoopbackRedirect, type LoopbackRedirect } from '../../../electron/services/calendar/oauth/loopback';

/** One plain GET to host:port (an IP literal, so no resolver decides which family is tried). */
function get(host: string, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, method: 'GET', family: host.includes(':') ? 6 : 4 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whether this machine has an IPv6 loopback at all (some containers have none). */
async function hasIpv6Loopback(): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, '::1', () => probe.close(() => resolve(true)));
  });
}

let open: LoopbackRedirect | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('the loopback redirect listener', () => {
  it('written http://localhost:<port> (Microsoft), answers on 127.0.0.1 and, where the machine has one, on ::1 at the same port', async () => {
    open = await openLoopbackRedirect('state-1', { host: 'localhost', path: '' });
    const port = Number(new URL(open.redirectUri).port);
    expect(open.redirectUri).toBe(`http://localhost:${port}`);

    expect(await get('127.0.0.1', port, '/?state=other&code=x')).toBe(400);
    const ipv6 = await hasIpv6Loopback();
    if (ipv6) {
      // A browser that resolves localhost to ::1 first still reaches the listener.
      expect(await get('::1', port, '/?state=state-1&code=the-code')).toBe(200);
    } else {
      expect(await get('127.0.0.1', port, '/?state=state-1&code=the-code')).toBe(200);
    }
    const url = await open.callback;
    expect(url.searchParams.get('code')).toBe('the-code');
    console.log(`loopback: localhost redirect answered over ${ipv6 ? 'IPv6 ::1' : 'IPv4 only (no ::1 on this machine)'}`);
  });

  it('written http://127.0.0.1:<port>/callback (Google), listens on 127.0.0.1 only', async () => {
    open = await openLoopbackRedirect('state-2', { host: '127.0.0.1', path: '/callback' });
    const port = Number(new URL(open.redirectUri).port);
    expect(open.redirectUri).toBe(`http://127.0.0.1:${port}/callback`);
    if (await hasIpv6Loopback()) await expect(get('::1', port, '/callback?state=state-2&code=x')).rejects.toThrow();
    expect(await get('127.0.0.1', port, '/callback?state=state-2&code=c')).toBe(200);
    expect((await open.callback).searchParams.get('code')).toBe('c');
  });

  it('stops listening on every address when the wait is cancelled', async () => {
    const cancel = new AbortController();
    open = await openLoopbackRedirect('state-3', { host: 'localhost', path: '' }, cancel.signal);
    const port = Number(new URL(open.redirectUri).port);
    cancel.abort(new Error('cancelled by the user'));
    await expect(open.callback).rejects.toThrow('cancelled by the user');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(get('127.0.0.1', port, '/?state=state-3&code=x')).rejects.toThrow();
  });
});
