/** A read dropped while it waited for a reader: the page that asked for it was left. */
export class ReadDropped extends Error {
  constructor() {
    super('The read was dropped before it started: nobody waits for its answer any more.');
  }
}

/**
 * The read threads as one pool: a read goes to a reader with nothing to do, or waits, in the order
 * reads came, for the first reader to finish. Sent straight to a reader, it would queue behind
 * that reader's long call (Settings' counts, a year's report) while the other sat idle: the
 * recruiter's first search after opening Settings waited 300 ms that way on a loaded machine.
 */
export class ReaderPool<R> {
  private readonly inUse = new Set<R>();
  private readonly waiting: ((reader: R) => void)[] = [];
  private readonly whenSettled: (() => void)[] = [];

  /**
   * `readers` are the threads as they are now (a restore opens new ones); `taken` says whether one
   * is held by a task, so reads pass it by until it is given back (`given`).
   */
  constructor(
    private readonly readers: () => readonly R[],
    private readonly taken: (reader: R) => boolean,
  ) {}

  /**
   * Runs `read` on the first reader free. A read still waiting when `signal` aborts (the recruiter
   * left the page that asked) is dropped, rejecting with ReadDropped, so the reads of the page they
   * went to are not kept waiting behind it; a read that has started runs to its end.
   */
  async run<T>(read: (reader: R) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw new ReadDropped();
    const idle = this.idle();
    let reader: R;
    if (idle) {
      reader = idle;
      this.inUse.add(reader);
    } else {
      // Handed over already marked in use (see `release`).
      reader = await new Promise<R>((resolve, reject) => {
        const drop = () => {
          const at = this.waiting.indexOf(handOver);
          if (at < 0) return;
          this.waiting.splice(at, 1);
          this.settleIfIdle();
          reject(new ReadDropped());
        };
        const handOver = (given: R) => {
          signal?.removeEventListener('abort', drop);
          resolve(given);
        };
        this.waiting.push(handOver);
        signal?.addEventListener('abort', drop, { once: true });
      });
    }
    try {
      return await read(reader);
    } finally {
      this.release(reader);
    }
  }

  /** A task gave its reader back, or the readers were opened again: the reads waiting get them. */
  given(): void {
    for (let idle = this.idle(); idle && this.waiting.length > 0; idle = this.idle()) {
      this.inUse.add(idle);
      this.waiting.shift()!(idle);
    }
  }

  /** Once every read made so far is answered (at quit, before the readers close). */
  settled(): Promise<void> {
    if (this.inUse.size === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.whenSettled.push(resolve));
  }

  /** Straight to the read waiting longest, unless a task has taken the reader or it is closing. */
  private release(reader: R): void {
    const next = this.taken(reader) || !this.readers().includes(reader) ? undefined : this.waiting.shift();
    if (next) next(reader);
    else this.inUse.delete(reader);
    this.settleIfIdle();
  }

  private settleIfIdle(): void {
    if (this.inUse.size === 0 && this.waiting.length === 0) this.whenSettled.splice(0).forEach((resolve) => resolve());
  }

  private idle(): R | undefined {
    return this.readers().find((reader) => !this.inUse.has(reader) && !this.taken(reader));
  }
}
