/** The part of autocannon 8's programmatic API the benchmarks use (the package ships no types). */
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type Options = {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Total requests instead of a duration. */
      amount?: number;
      headers?: Record<string, string>;
      /** Seconds before a request counts as timed out (an error). */
      timeout?: number;
    };
    /** Percentiles as hdr-histogram-percentiles-obj names them: p50, p97_5, p99 … (no p95). */
    type Histogram = {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total?: number;
      p1: number;
      p2_5: number;
      p10: number;
      p25: number;
      p50: number;
      p75: number;
      p90: number;
      p97_5: number;
      p99: number;
      p99_9: number;
    };
    type Result = {
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      "2xx": number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram & { totalCount: number };
      requests: Histogram & { sent: number };
      throughput: Histogram;
    };
    /** Emits "response" (client, statusCode, bytes, responseTimeMs) per response; awaitable for the result. */
    type Instance = EventEmitter & PromiseLike<Result>;
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
