// Runs at document_start, before the page has any markup, and does nothing: being injected then is its whole
// job. Chrome creates the content script's world for the first script it injects, and defines `chrome` there as
// an own property of that world's global; named access (`<form id="chrome">`) sits on the global's prototype chain
// and cannot shadow an own property. Without a script at document_start the world is created at document_idle,
// after the markup, and `chrome` is then the page's form (issue 12, item 3; test/e2e/hostile.spec.ts). So the
// API is read by name at first use (platform/extension-global.ts) and no page ever pays for reading it here: this
// script used to keep `chrome` under a symbol, ~0.2 ms of script time on every page (cost.spec.ts, alternating).
export {};
