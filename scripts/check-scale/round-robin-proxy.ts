/**
 * The load balancer of check:scale: each request goes to the next backend in turn. A backend that
 * refuses the connection (a killed process) is skipped for that request, as a real balancer's
 * health check would; a request cut off inside a backend answers 502 (the caller retries, as
 * Stripe does with webhooks). Every response names its backend in `x-backend`.
 */
import http from "node:http";

/** `skipped`: requests a refused backend passed on to the next; `cutOff`: requests that died inside a backend (502). */
export type TProxy = { url: string; served: Map<string, number>; counts: { skipped: number; cutOff: number }; close: () => Promise<void> };

export async function startRoundRobinProxy(port: number, backends: readonly string[]): Promise<TProxy> {
  let next = 0;
  const served = new Map<string, number>();
  const counts = { skipped: 0, cutOff: 0 };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1_000 });
  const forward = (req: http.IncomingMessage, body: Buffer, backend: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const target = new URL(req.url ?? "/", backend);
      const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
      const upstream = http.request(target, { method: req.method, agent, headers: { ...req.headers, "x-forwarded-for": forwardedFor } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      upstream.on("error", reject);
      upstream.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const start = next++ % backends.length;
      for (let offset = 0; offset < backends.length; offset += 1) {
        const backend = backends[(start + offset) % backends.length]!;
        try {
          const reply = await forward(req, body, backend);
          served.set(backend, (served.get(backend) ?? 0) + 1);
          res.writeHead(reply.status, { ...reply.headers, "x-backend": backend });
          res.end(reply.body);
          return;
        } catch (error) {
          // Never reached the backend: safe to try the next one. Anything else may have run there.
          if ((error as NodeJS.ErrnoException).code === "ECONNREFUSED") {
            counts.skipped += 1;
            continue;
          }
          counts.cutOff += 1;
          res.writeHead(502, { "content-type": "text/plain" });
          res.end(`bad gateway: ${String(error)}`);
          return;
        }
      }
      res.writeHead(503, { "content-type": "text/plain" });
      res.end("no backend reachable");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    counts,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
