import { describe, expect, it } from 'vitest';
import { FrameGuard, MAX_BODY_BYTES } from './framing.js';

const frame = (message: object) => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** What the guard passes on and reports for `input`, written in chunks of `size` bytes. */
async function guard(input: string | Buffer, size = Number.POSITIVE_INFINITY): Promise<{ out: string; problems: string[] }> {
  const problems: string[] = [];
  const g = new FrameGuard((p) => problems.push(p));
  const chunks: Buffer[] = [];
  g.on('data', (c: Buffer) => chunks.push(c));
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input);
  for (let i = 0; i < bytes.length; i += Math.min(size, bytes.length)) g.write(bytes.subarray(i, i + size));
  g.end();
  await new Promise((resolve) => g.on('end', resolve));
  return { out: Buffer.concat(chunks).toString(), problems };
}

const a = frame({ jsonrpc: '2.0', id: 1, method: 'a', params: { text: 'Content-Length: 5\r\n is text here, escaped: ok' } });
const b = frame({ jsonrpc: '2.0', id: 2, method: 'b', params: { text: 'é ü 😀' } });

describe('FrameGuard', () => {
  it('passes well-formed frames through unchanged, however the bytes are cut', async () => {
    for (const size of [1, 2, 7, 64, 1000]) expect(await guard(a + b + a, size)).toEqual({ out: a + b + a, problems: [] });
    const headers = `Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}`;
    expect(await guard(headers + b, 3)).toEqual({ out: headers + b, problems: [] });
  });

  it('drops a header without Content-Length, or with a bad one, and reads on from the next frame', async () => {
    for (const bad of ['Content-Type: x\r\n\r\n{}', 'Content-Length: ten\r\n\r\n{}', 'not a header\r\n\r\n', `Content-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`]) {
      for (const size of [1, 5, 1000]) {
        const { out, problems } = await guard(bad + b, size);
        expect(out).toBe(b);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/^malformed message header/);
      }
    }
  });

  it('drops a body shorter than its Content-Length at the next frame, which is passed on', async () => {
    const short = '{"jsonrpc":"2.0","id":3,"method":"c"}';
    for (const size of [1, 3, 16, 1000]) {
      const { out, problems } = await guard(`Content-Length: ${short.length + 100}\r\n\r\n${short}${b}${a}`, size);
      expect(out).toBe(b + a);
      expect(problems).toEqual([expect.stringContaining('shorter than its Content-Length')]);
    }
  });

  it('drops a body longer than its Content-Length (the rest is no header) and reads on from the next frame', async () => {
    const long = '{"jsonrpc":"2.0","id":4,"method":"d"}';
    const { out, problems } = await guard(`Content-Length: 10\r\n\r\n${long}${b}`, 4);
    expect(out).toBe(`Content-Length: 10\r\n\r\n${long.slice(0, 10)}${b}`);
    expect(problems).toEqual([expect.stringMatching(/^malformed message header/)]);
  });

  it('keeps little of a header that never ends', async () => {
    const problems: string[] = [];
    const g = new FrameGuard((p) => problems.push(p));
    const out: Buffer[] = [];
    g.on('data', (c: Buffer) => out.push(c));
    g.write('Content-Length: 5\r\nX: ');
    for (let i = 0; i < 100; i++) g.write('x'.repeat(100_000));
    expect((g as unknown as { pending: Buffer }).pending.length).toBeLessThan(200_000);
    g.write(b);
    g.end();
    await new Promise((resolve) => g.on('end', resolve));
    expect(Buffer.concat(out).toString()).toBe(b);
    expect(problems).toEqual([expect.stringMatching(/a header of over \d+ bytes with no end/)]);
  });

  it('passes an empty body', async () => {
    expect(await guard(`Content-Length: 0\r\n\r\n${b}`, 2)).toEqual({ out: `Content-Length: 0\r\n\r\n${b}`, problems: [] });
  });
});
