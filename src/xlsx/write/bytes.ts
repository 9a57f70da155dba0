/**
 * A growing UTF-8 byte buffer. The big parts (cells, links) are written straight into it: building them as one
 * string made hundreds of thousands of small strings live until the end, and garbage collection took half the
 * write.
 */
export type ByteSink = { buf: Uint8Array; len: number };

const encoder = new TextEncoder();

export function newSink(capacity = 1 << 16): ByteSink {
  return { buf: new Uint8Array(capacity), len: 0 };
}

function reserve(sink: ByteSink, bytes: number): void {
  if (sink.len + bytes <= sink.buf.length) return;
  const bigger = new Uint8Array(Math.max(sink.buf.length * 2, sink.len + bytes));
  bigger.set(sink.buf.subarray(0, sink.len));
  sink.buf = bigger;
}

/** Writes text known to be ASCII (markup, addresses, numbers), one byte per character. */
export function putAscii(sink: ByteSink, text: string): void {
  reserve(sink, text.length);
  const { buf } = sink;
  let at = sink.len;
  for (let i = 0; i < text.length; i++) buf[at++] = text.charCodeAt(i);
  sink.len = at;
}

/** Writes any text as UTF-8 (at most three bytes per UTF-16 unit). */
export function putText(sink: ByteSink, text: string): void {
  reserve(sink, text.length * 3);
  sink.len += encoder.encodeInto(text, sink.buf.subarray(sink.len)).written;
}

/** Writes bytes already encoded. */
export function putBytes(sink: ByteSink, bytes: Uint8Array): void {
  reserve(sink, bytes.length);
  sink.buf.set(bytes, sink.len);
  sink.len += bytes.length;
}

/** Writes a non-negative integer in decimal. */
export function putUint(sink: ByteSink, n: number): void {
  if (n < 10) {
    reserve(sink, 1);
    sink.buf[sink.len++] = 48 + n;
    return;
  }
  putAscii(sink, String(n));
}

/** The bytes written so far (a view, not a copy). */
export function sinkBytes(sink: ByteSink): Uint8Array {
  return sink.buf.subarray(0, sink.len);
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** One array of several byte arrays, in order. */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
