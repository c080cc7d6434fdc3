// Trunk post-build hook. The two steps run in this order, in one process, because the worker's version hashes the
// final index.html, which the first step changes (trunk may run separate hooks of one stage side by side).
await import("./csp-hash.mjs");
await import("./service-worker.mjs");
