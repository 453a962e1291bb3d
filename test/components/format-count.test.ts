import { expect } from '@open-wc/testing';
// Internal modules, read from the build as the elements use them.
import { formatCount } from '../../packages/components/dist/strings/format-count.js';
import { savedWhen } from '../../packages/components/dist/internal/draft-notices.js';

// The counts and times the elements show are written without asking ICU each time (a tenth of
// rendering a page of standards was ICU starting up); they must read exactly as before.

describe('formatCount and savedWhen', () => {
  it("write numbers as toLocaleString('en-GB') does", () => {
    const numbers = [0, -0, 1, 7, 12, 999, 1000, 1001, 9999, 12345, 100000, 999999, 1234567, -1, -999, -1000, -123456789, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (let n = 1; n < 1e15; n *= 7) numbers.push(n, -n, n + 1);
    numbers.push(0.5, 1234.5678, -0.25, 1e21, 2 ** 60, NaN, Infinity, -Infinity);
    for (const n of numbers) expect(formatCount(n), String(n)).to.equal(n.toLocaleString('en-GB'));
  });

  it('write times of saved drafts as toLocaleString with the same options does', () => {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' };
    for (const iso of ['2026-11-20T14:05:00Z', '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z', '2026-10-25T00:30:00.000Z', '2027-01-01T09:07:00+01:00', '1999-12-31T23:59:59Z']) {
      expect(savedWhen(iso), iso).to.equal(new Date(iso).toLocaleString('en-GB', options));
    }
  });
});
