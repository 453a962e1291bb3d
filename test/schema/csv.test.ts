import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  actionsCsvHeader,
  actionsCsvRows,
  csvCell,
  itemsCsvHeader,
  itemsCsvRows,
  parseFramework,
  responsesCsvHeader,
  responsesCsvRows,
  toCsv,
  type AuditReturn,
} from '@s11kit/schema';
import { testFramework, testFrameworkData, validReturn } from '../helpers/fixtures.js';

const framework = testFramework();

/** A strict RFC 4180 reader, to check that what was written reads back as it was. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') ((cell += '"'), (i += 2));
        else if (text[i] === '"') break;
        else cell += text[i++];
      }
      i++;
    }
    if (text[i] === ',') (row.push(cell), (cell = ''), i++);
    else if (text[i] === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2));
    else if (i < text.length) cell += text[i++];
  }
  assert.equal(cell + row.join(''), '', 'the text ends with CRLF');
  return rows;
}

function hostileReturn(): AuditReturn {
  const ret = validReturn(framework);
  ret.organisation.name = '=HYPERLINK("http://evil.example","Click"), Ltd';
  ret.responses[0]!.evidence = 'Line one, with "quotes"\nline two';
  ret.responses[1]!.evidence = '-2+3';
  ret.responses[1]!.actions[0]!.lead = '@SUM(A1:A9)';
  ret.responses[1]!.actions[0]!.action = '\tTabbed';
  return ret;
}

describe('csvCell', () => {
  it('quotes cells with a comma, a quote or a line break, doubling quotes', () => {
    assert.equal(csvCell('plain text'), 'plain text');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('one\r\ntwo'), '"one\r\ntwo"');
    assert.equal(csvCell(0.67), '0.67');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start));
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('=SUM(A1,A2)'), `"'=SUM(A1,A2)"`);
    assert.equal(csvCell('a=b'), 'a=b', 'only a leading sign matters');
    assert.equal(csvCell(-1), '-1', 'numbers are numbers');
  });

  // LibreOffice with "trim spaces" (and Excel after an IME typed a fullwidth sign) runs these too.
  it('neutralises a formula after leading white space, or written with fullwidth or small signs', () => {
    const hidden = [' =1+1', '   =1+1', '\t=1+1', '\u00a0=1', '\n=1', '\r\n=1', ' \t\u00a0\n=1', '\u3000=1', '\u2003=1', '\ufeff=1', '\u200b=1', '\u2060=1'];
    const wide = ['\uff1d1+1', '\uff0b1+1', '\uff0d1+1', '\uff20SUM(A1)', '\ufe661', '\ufe621', '\ufe631', '\ufe6bSUM(A1)', ' \uff1d1'];
    const plainSigns = [' +1', ' -1', ' @SUM(A1)', '\u00a0+1', '\n-1', '\n@A1'];
    for (const text of [...hidden, ...wide, ...plainSigns]) {
      const cell = csvCell(text);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      assert.equal(unquoted, `'${text}`, `${JSON.stringify(text)} came out as ${JSON.stringify(cell)}`);
    }
    assert.equal(csvCell('\u00a0text'), '\u00a0text', 'white space before words is left alone');
    assert.equal(csvCell(' a=b'), ' a=b');
    assert.equal(csvCell('\uff21\uff1d1'), '\uff21\uff1d1', 'a fullwidth sign after a letter is text');
  });
});

describe('toCsv', () => {
  const now = '2026-10-01T09:00:00Z';

  it('writes one row a response with a header, CRLF line ends, labels and comparable scores', () => {
    const { responses } = toCsv(framework, [validReturn(framework)], { now });
    assert.ok(responses.endsWith('\r\n') && !/[^\r]\n/.test(responses.replace(/"[^"]*"/g, '')));
    assert.deepEqual(readCsv(responses), [
      ['Agency', 'Sector', 'Partnerships', 'Standard number', 'Standard id', 'Standard', 'Rating', 'At or above expected', 'Score', 'Evidence', 'Explanation'],
      [
        'Example Trust',
        'Statutory agencies',
        'North Partnership',
        '1',
        'leadership',
        'Leadership',
        'Green',
        'yes',
        '0.67',
        'Board minutes show safeguarding at every meeting.',
        '',
      ],
      [
        'Example Trust',
        'Statutory agencies',
        'North Partnership',
        '2',
        'safe-recruitment',
        'Safe recruitment',
        'Amber',
        'no',
        '0.33',
        'Checks are done but not always recorded.',
        '',
      ],
      ['Example Trust', 'Statutory agencies', 'North Partnership', '3', 'contracting', 'Contracting', 'N/A', '', '', '', 'We commission no services.'],
    ]);
  });

  it('writes one row an action, overdue at now, with its partnerships, id, original due date, latest progress and when the return was submitted', () => {
    const { actions } = toCsv(framework, [validReturn(framework)], { now });
    const header = [
      'Agency',
      'Sector',
      'Partnerships',
      'Standard number',
      'Standard',
      'Action id',
      'Action',
      'Lead',
      'Due',
      'Original due',
      'Status',
      'Overdue',
      'Latest progress',
      'Latest progress on',
      'Return submitted',
    ];
    assert.deepEqual(readCsv(actions), [
      header,
      [
        'Example Trust',
        'Statutory agencies',
        'North Partnership',
        '2',
        'Safe recruitment',
        'a1',
        'Audit 20 files a quarter',
        'Head of HR',
        '2026-09-30',
        '2026-09-30',
        'Not started',
        'yes',
        '',
        '',
        '2026-05-01',
      ],
    ]);
    const early = toCsv(framework, [validReturn(framework)], { now: '2026-06-01' });
    assert.equal(readCsv(early.actions)[1]![header.indexOf('Overdue')], 'no');

    // Year 2: the due date moved once and progress was reported twice.
    const tracked = validReturn(framework);
    tracked.organisation.partnerships = ['north', 'south'];
    Object.assign(tracked.responses[1]!.actions[0]!, {
      due: '2026-12-31',
      status: 'in-progress',
      revisions: [{ from: '2026-09-30', to: '2026-12-31', reason: 'HR system late', at: '2026-08-01T09:00:00Z' }],
      progress: [
        { at: '2026-07-01T09:00:00Z', note: 'Started the audit', status: 'in-progress' },
        { at: '2026-09-15T23:30:00Z', note: '12 files checked' },
      ],
    });
    const [, row] = readCsv(toCsv(framework, [tracked], { now }).actions);
    const cell = (name: string) => row![header.indexOf(name)];
    assert.equal(cell('Partnerships'), 'North Partnership; South Partnership');
    assert.deepEqual([cell('Due'), cell('Original due'), cell('Overdue')], ['2026-12-31', '2026-09-30', 'no']);
    assert.deepEqual([cell('Latest progress'), cell('Latest progress on')], ['12 files checked', '2026-09-16'], 'the London date of a late-evening report');
  });

  it('writes one row an answered item, each reported on its own', () => {
    const itemised = structuredClone(testFrameworkData) as Record<string, any>;
    itemised.standards[1].items = [
      { id: 'checks', title: 'Checks before starting' },
      { id: 'records', title: 'Records of checks', sectors: ['statutory'] },
    ];
    const parsed = parseFramework(itemised);
    assert.ok(parsed.ok);
    const f = parsed.value;
    const ret = validReturn(framework);
    ret.responses[1]!.items = [
      { itemId: 'checks', rating: 'green', explanation: '' },
      { itemId: 'records', rating: 'amber', explanation: '' },
    ];
    ret.responses[1]!.rating = 'amber';
    assert.deepEqual(readCsv(toCsv(f, [ret], { now }).items), [
      ['Agency', 'Sector', 'Partnerships', 'Standard number', 'Standard id', 'Item id', 'Item', 'Rating', 'At or above expected', 'Explanation'],
      ['Example Trust', 'Statutory agencies', 'North Partnership', '2', 'safe-recruitment', 'checks', 'Checks before starting', 'Green', 'yes', ''],
      ['Example Trust', 'Statutory agencies', 'North Partnership', '2', 'safe-recruitment', 'records', 'Records of checks', 'Amber', 'no', ''],
    ]);
    assert.equal(readCsv(toCsv(framework, [ret]).items).length, 1, 'a framework without items writes only the header');
  });

  it('reads back exactly, except that formula-like cells gain an apostrophe', () => {
    const { responses, actions } = toCsv(framework, [hostileReturn()], { now });
    const rows = readCsv(responses);
    assert.equal(rows[1]![0], `'=HYPERLINK("http://evil.example","Click"), Ltd`);
    assert.equal(rows[1]![9], 'Line one, with "quotes"\nline two');
    assert.equal(rows[2]![9], "'-2+3");
    const [, action] = readCsv(actions);
    assert.deepEqual([action![6], action![7]], ["'\tTabbed", "'@SUM(A1:A9)"]);
  });

  it('leaves out answers to standards that do not apply to the sector', () => {
    const school = validReturn(framework);
    school.organisation.sector = 'education';
    assert.deepEqual(
      readCsv(toCsv(framework, [school]).responses)
        .slice(1)
        .map((row) => row[4]),
      ['leadership', 'safe-recruitment'],
    );
  });

  it('the header and row functions build the same text, a return at a time', () => {
    const returns = [validReturn(framework), hostileReturn()];
    const whole = toCsv(framework, returns, { now });
    const streamed = {
      responses: responsesCsvHeader() + returns.flatMap((ret) => responsesCsvRows(framework, ret)).join(''),
      actions: actionsCsvHeader() + returns.flatMap((ret) => actionsCsvRows(framework, ret, { now })).join(''),
      items: itemsCsvHeader() + returns.flatMap((ret) => itemsCsvRows(framework, ret)).join(''),
    };
    assert.deepEqual(streamed, whole);
  });
});
