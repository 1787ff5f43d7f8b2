/**
 * A minimal static file server for benchmarks, run as its own process:
 *   tsx scripts/bench/static-file-server.ts <file> <port> <content-type> <url-path>
 * The file is read once into a Buffer (as a caching static server would) and sent with
 * content-length, etag and last-modified for GET/HEAD of <url-path>; anything else is 404.
 * Prints "listening <port>" once ready.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import http from "node:http";

const [file, portArg, contentType, urlPath] = process.argv.slice(2);
if (!file || !portArg || !contentType || !urlPath) throw new Error("usage: static-file-server.ts <file> <port> <content-type> <url-path>");

const body = readFileSync(file);
const headers = {
  "content-type": contentType,
  "content-length": String(body.length),
  etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
  "last-modified": statSync(file).mtime.toUTCString(),
  "cache-control": "public, max-age=0",
};

const server = http.createServer((req, res) => {
  const pathname = (req.url ?? "/").split("?")[0];
  if ((req.method !== "GET" && req.method !== "HEAD") || pathname !== urlPath) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  if (req.headers["if-none-match"] === headers.etag) {
    res.writeHead(304, { etag: headers.etag }).end();
    return;
  }
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
});
server.listen(Number(portArg), "127.0.0.1", () => console.log(`listening ${portArg}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.close(() => process.exit(0)));
