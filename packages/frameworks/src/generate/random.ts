export type Slot = string | readonly string[] | (() => string);

/**
 * A small seeded random source (mulberry32): the same seed gives the same numbers on every
 * machine and every run, so generated samples can be rebuilt byte for byte, a failing random test
 * case can be made again from its seed, and benchmark workloads are the same on every run. The one
 * copy for the repository: the sample generator, the tests and the benchmarks all use it.
 */
export class Random {
  private _state: number;

  constructor(readonly seed: number) {
    this._state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this._state = (this._state + 0x6d2b79f5) >>> 0;
    let t = this._state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, below). */
  below(below: number): number {
    return Math.floor(this.next() * below);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Roughly normal around 0 with spread 1 (a sum of uniforms): how people and teams vary. */
  bell(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }

  /**
   * Fill `{slot}` placeholders from `values`: a list gives a random choice, a function a fresh
   * value each time. A sentence that starts with a slot gets a capital letter.
   */
  fill(template: string, values: Readonly<Record<string, Slot>>): string {
    const text = template.replace(/\{(\w+)\}/g, (whole, slot: string) => {
      const value = values[slot];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : typeof value === 'function' ? value() : this.pick(value);
    });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}
