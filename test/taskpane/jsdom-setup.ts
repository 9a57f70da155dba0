/** jsdom lacks ResizeObserver, which Fluent's popups (Dropdown) use for positioning. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) Object.assign(window, { ResizeObserver: ResizeObserverStub });
export {};
