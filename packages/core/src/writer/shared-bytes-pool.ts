/**
 * Reusable shared memory for batches on their way to the writer worker.
 *
 * Posting a batch's bytes copies them twice (into the message, then out of it into fresh memory on
 * the worker's side), and the app thread still has to keep its own copy until the commit. Copied
 * once into a `SharedArrayBuffer`, the same memory is both the app's copy and the worker's input.
 * Buffers come back once the worker acknowledges the batch and are reused, so their pages stay
 * mapped and the app thread stops churning megabytes of external memory per batch (which also
 * triggered full garbage collections).
 *
 * A buffer the worker may still read (the app thread wrote the batch itself meanwhile) is simply
 * never returned; the garbage collector frees it once both threads drop it.
 */

export interface SharedBytesPool {
  /** `bytes` copied into pooled shared memory; the view's `.buffer` is a `SharedArrayBuffer`. */
  copy(bytes: Uint8Array): Uint8Array;
  /** Gives a view's memory back for reuse. Only once nobody reads it any more. */
  release(view: Uint8Array): void;
  /** Bytes held for reuse. */
  readonly idleBytes: number;
}

const MIN_CAPACITY = 64 * 1024;

export function createSharedBytesPool(maxIdleBytes = 64 * 1024 * 1024): SharedBytesPool {
  const idle: SharedArrayBuffer[] = [];
  let idleBytes = 0;

  const acquire = (length: number): SharedArrayBuffer => {
    let best = -1;
    for (let i = 0; i < idle.length; i++) {
      const capacity = (idle[i] as SharedArrayBuffer).byteLength;
      if (capacity >= length && (best < 0 || capacity < (idle[best] as SharedArrayBuffer).byteLength))
        best = i;
    }
    if (best >= 0) {
      const [buffer] = idle.splice(best, 1) as [SharedArrayBuffer];
      idleBytes -= buffer.byteLength;
      return buffer;
    }
    let capacity = MIN_CAPACITY;
    while (capacity < length) capacity *= 2;
    return new SharedArrayBuffer(capacity);
  };

  return {
    copy(bytes) {
      const view = new Uint8Array(acquire(bytes.byteLength), 0, bytes.byteLength);
      view.set(bytes);
      return view;
    },
    release(view) {
      const buffer = view.buffer;
      if (!(buffer instanceof SharedArrayBuffer) || idle.includes(buffer)) return;
      if (idleBytes + buffer.byteLength > maxIdleBytes) return;
      idle.push(buffer);
      idleBytes += buffer.byteLength;
    },
    get idleBytes() {
      return idleBytes;
    },
  };
}
