import { configure } from '@testing-library/react';
/** jsdom lacks ResizeObserver, which Fluent's popups (Dropdown) use for positioning. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) Object.assign(window, { ResizeObserver: ResizeObserverStub });
// findBy… waits up to 15 s (not 1 s): on a busy shared machine the pane's first read alone can take longer.
configure({ asyncUtilTimeout: 15_000 });
export {};

// jsdom lacks the text codecs browsers have; the .xlsx writer and reader the task pane loads use them.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
if (!('TextEncoder' in globalThis))
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
