// Vitest aliases the `server-only` package to this empty module (see vitest.config.ts), so modules
// that guard themselves with `import "server-only"` can be imported by tests running in Node.
export {};
