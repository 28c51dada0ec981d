// The app's worker (see src/platform/worker.rs). The page posts {glue, wasm, module}: the
// URL of its part's wasm-bindgen glue, the URL of its wasm, and the compiled
// WebAssembly.Module itself. The worker imports the same glue and instantiates the same module
// (from the URL only if the browser passed no module), so the code is downloaded and compiled
// once. The module's `main` finds no window here and installs the worker's message handler,
// which replaces this one and tells the page it listens.
self.onmessage = async (event) => {
  self.onmessage = null;
  const { glue, wasm, module } = event.data || {};
  try {
    const part = await import(glue);
    await part.default({ module_or_path: module instanceof WebAssembly.Module ? module : wasm });
  } catch {
    // The page then does the work itself.
    self.postMessage({ failed: true });
  }
};
