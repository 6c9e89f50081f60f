import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { runningServer } from './running.js';

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(req.url === '/api/health' ? JSON.stringify({ status: 'ok', engine: 'pglite' }) : '{}');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('runningServer', () => {
  it('sees a server answering health on the configured address, with its engine', async () => {
    expect(await runningServer({ host: '127.0.0.1', port })).toEqual({ engine: 'pglite' });
  });

  it('says nothing runs when nothing answers', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const free = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await runningServer({ host: '127.0.0.1', port: free })).toBeNull();
  });
});
