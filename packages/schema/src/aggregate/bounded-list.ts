/**
 * The `limit` smallest items seen so far by `compare`, in memory that never grows past twice
 * `limit`: a binary heap with the largest kept item at the root, so a newcomer is checked in
 * O(1) and placed in O(log limit).
 *
 * Items can be taken out again (a return replaced by a later one). Anything that fell out of the
 * heap was worse than everything still in it, so keeping `limit` spare places keeps the answer
 * exact until removals have taken more than `limit` items in all.
 */
export class BoundedList<T> {
  private readonly _heap: T[] = [];
  private readonly _capacity: number;

  constructor(
    readonly limit: number,
    private readonly _compare: (a: T, b: T) => number,
  ) {
    this._capacity = Math.max(0, limit) * 2;
  }

  /** Keep the item if it may be among the `limit` smallest; true when it was kept. */
  offer(item: T): boolean {
    const heap = this._heap;
    if (this._capacity === 0) return false;
    if (heap.length < this._capacity) {
      heap.push(item);
      this._up(heap.length - 1);
      return true;
    }
    if (this._compare(item, heap[0]!) >= 0) return false;
    heap[0] = item;
    this._down(0);
    return true;
  }

  /** Whether `offer` would keep the item: to decide before making it. */
  accepts(item: T): boolean {
    if (this._capacity === 0) return false;
    return this._heap.length < this._capacity || this._compare(item, this._heap[0]!) < 0;
  }

  /** Take out every kept item that matches. */
  removeWhere(match: (item: T) => boolean): void {
    const kept = this._heap.filter((item) => !match(item));
    if (kept.length === this._heap.length) return;
    this._heap.length = 0;
    for (const item of kept) this.offer(item);
  }

  /** The `limit` smallest items, smallest first. */
  sorted(): T[] {
    return [...this._heap].sort(this._compare).slice(0, this.limit);
  }

  private _up(i: number): void {
    const heap = this._heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this._compare(heap[i]!, heap[parent]!) <= 0) return;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private _down(i: number): void {
    const heap = this._heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && this._compare(heap[left]!, heap[largest]!) > 0) largest = left;
      if (right < heap.length && this._compare(heap[right]!, heap[largest]!) > 0) largest = right;
      if (largest === i) return;
      [heap[i], heap[largest]] = [heap[largest]!, heap[i]!];
      i = largest;
    }
  }
}
