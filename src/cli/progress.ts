// A one-line progress bar on stderr (only when stderr is a terminal and the batch is large): stdout stays clean.
export class Progress {
  private n = 0;
  private last = 0;

  constructor(
    private readonly out: { write(s: string): unknown },
    private readonly total: number,
    private readonly width = 30,
  ) {}

  tick(label: string): void {
    this.n++;
    const now = performance.now();
    // Redraw at most ~20 times a second; always draw the last step.
    if (this.n < this.total && now - this.last < 50) return;
    this.last = now;
    const filled = Math.round((this.n / this.total) * this.width);
    const name = label.length > 40 ? '…' + label.slice(-39) : label;
    this.out.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${this.n}/${this.total} ${name}`);
  }

  done(): void {
    this.out.write('\r\x1b[K');
  }
}
