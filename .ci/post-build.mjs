// Trunk post-build hook. The steps run in this order, in one process, because each changes files the next one reads:
// the glue's integrity hash goes into index.html, whose loader the CSP hash covers, and the worker's version hashes
// the final files (trunk may run separate hooks of one stage side by side). The pages of every offer and number
// get the stylesheet's name last; the worker does not keep them (they are for browsers that cannot run the app).
await import("./minify-glue.mjs");
await import("./csp-hash.mjs");
await import("./service-worker.mjs");
await import("./plain-pages.mjs");
