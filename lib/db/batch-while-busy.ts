/**
 * Coalesces concurrent look-ups into few queries, with no timer: the first call runs at once, and
 * the calls made while it is in flight wait and run together as the next batch (then the next…).
 * Under no load nothing waits; under a rush N concurrent calls cost a handful of queries, not N.
 * `group` keeps apart calls that cannot share a batch (e.g. different fixed times): a batch takes
 * the longest run of waiting calls of the same group, in order. `run` answers each key of its
 * batch (a missing key answers undefined); if it throws, every call of that batch gets the error.
 */
export function batchWhileBusy<K, V>(
  run: (keys: K[], group: string) => Promise<Map<K, V>>,
  options: { maxBatch?: number } = {},
): (key: K, group?: string) => Promise<V | undefined> {
  type TCall = { key: K; group: string; resolve: (value: V | undefined) => void; reject: (error: unknown) => void };
  const maxBatch = options.maxBatch ?? 500;
  const waiting: TCall[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      while (waiting.length > 0) {
        const group = waiting[0]!.group;
        let count = 0;
        while (count < waiting.length && count < maxBatch && waiting[count]!.group === group) count++;
        const batch = waiting.splice(0, count);
        try {
          const answers = await run([...new Set(batch.map((call) => call.key))], group);
          for (const call of batch) call.resolve(answers.get(call.key));
        } catch (error) {
          for (const call of batch) call.reject(error);
        }
      }
    } finally {
      running = false;
    }
  }

  return (key, group = "") =>
    new Promise<V | undefined>((resolve, reject) => {
      waiting.push({ key, group, resolve, reject });
      if (!running) void drain();
    });
}
