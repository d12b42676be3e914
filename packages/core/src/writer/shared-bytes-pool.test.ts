import { describe, expect, it } from 'vitest';
import { createSharedBytesPool } from './shared-bytes-pool.js';

describe('createSharedBytesPool', () => {
  it('copies bytes into shared memory and reuses it once released', () => {
    const pool = createSharedBytesPool();
    const first = pool.copy(Uint8Array.from([1, 2, 3]));
    expect(first.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...first]).toEqual([1, 2, 3]);
    const held = pool.copy(new Uint8Array(10)); // not released: never handed out again
    pool.release(first);
    pool.release(first); // twice is harmless
    expect(pool.idleBytes).toBe(first.buffer.byteLength);
    const second = pool.copy(Uint8Array.from([9, 8]));
    expect(second.buffer).toBe(first.buffer);
    expect(second.buffer).not.toBe(held.buffer);
    expect([...second]).toEqual([9, 8]);
    expect(pool.idleBytes).toBe(0);
  });

  it('takes the smallest idle buffer that fits, grows for large batches and bounds what it keeps', () => {
    const pool = createSharedBytesPool(200 * 1024);
    const small = pool.copy(new Uint8Array(1_000));
    const large = pool.copy(new Uint8Array(100_000));
    expect(large.buffer.byteLength).toBeGreaterThanOrEqual(100_000);
    pool.release(large);
    pool.release(small);
    expect(pool.copy(new Uint8Array(500)).buffer).toBe(small.buffer);
    const huge = pool.copy(new Uint8Array(300 * 1024));
    pool.release(huge); // beyond the idle bound: dropped
    expect(pool.idleBytes).toBe(large.buffer.byteLength);
  });
});
