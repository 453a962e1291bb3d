/**
 * A small seeded pseudo-random generator (mulberry32), so that a failing random case can be
 * made again from its seed.
 */
export class SeededRandom {
  private _state: number;

  constructor(readonly seed: number) {
    this._state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    let t = (this._state = (this._state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, below). */
  below(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}
