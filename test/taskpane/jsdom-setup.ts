/** jsdom lacks ResizeObserver, which Fluent's popups (Dropdown) use for positioning. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) Object.assign(window, { ResizeObserver: ResizeObserverStub });
export {};

// jsdom lacks the text codecs browsers have; the .xlsx writer and reader the task pane loads use them.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
if (!('TextEncoder' in globalThis)) Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
