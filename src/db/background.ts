/**
 * Work that follows a call without holding it up, such as reading the text out of a resume.
 * Tests and the CLI wait for it with `settled()`.
 */
export class Background {
  private readonly running = new Set<Promise<void>>();

  run(task: () => Promise<void>): void {
    const promise = task()
      .catch((error: unknown) => console.error('[shortlist] background work failed:', error))
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}
