// Where Bootstrap Italia's script finds its fonts (read by bootstrap-italia.bundle.min.js, loaded after this file).
// A file, not an inline script, so that the Content-Security-Policy of the pages can forbid inline scripts.
window.__PUBLIC_PATH__ = '/webjars/bootstrap-italia/2.17.0/dist/fonts';
