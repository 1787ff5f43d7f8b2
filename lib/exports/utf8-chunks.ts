/**
 * Text written line by line, handed out as UTF-8 byte chunks of about `chunkBytes` each: a page of
 * export lines becomes a few byte arrays without ever being joined into one large string (which
 * would then be copied again to encode it, and live in the old generation until a full GC). Each
 * chunk handed out is its own memory, never written to again.
 */
export class Utf8Chunks {
  readonly #chunkBytes: number;
  #buffer: Buffer;
  #used = 0;
  #ready: Uint8Array[] = [];

  constructor(chunkBytes = 64 * 1024) {
    this.#chunkBytes = chunkBytes;
    this.#buffer = Buffer.allocUnsafe(chunkBytes);
  }

  write(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
    const most = text.length * 3;
    if (this.#used + most <= this.#buffer.length) {
      this.#used += this.#buffer.write(text, this.#used, "utf8");
      return;
    }
    this.#flush();
    if (most <= this.#buffer.length) this.#used = this.#buffer.write(text, 0, "utf8");
    else this.#ready.push(Buffer.from(text, "utf8")); // a line longer than a chunk is a chunk of its own
  }

  /** The chunks filled so far, including the current partial one (none when nothing was written). */
  take(): Uint8Array[] {
    this.#flush();
    const ready = this.#ready;
    this.#ready = [];
    return ready;
  }

  #flush(): void {
    if (this.#used === 0) return;
    this.#ready.push(this.#buffer.subarray(0, this.#used));
    this.#buffer = Buffer.allocUnsafe(this.#chunkBytes);
    this.#used = 0;
  }
}
