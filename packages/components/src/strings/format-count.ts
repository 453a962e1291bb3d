let numbers: Intl.NumberFormat | undefined;

// Three digits at a time from the right, where a digit comes before them: where en-GB puts a comma.
const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * A number as `toLocaleString('en-GB')` writes it ("1,234", "-12", "0.5"). Whole numbers, which is
 * what the elements count, are grouped here without ICU: asking ICU costs its start-up on the first
 * call and a formatter each time, which was a tenth of rendering a page of standards.
 */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return String(n).replace(GROUPS, ',');
  numbers ??= new Intl.NumberFormat('en-GB');
  return numbers.format(n);
}
