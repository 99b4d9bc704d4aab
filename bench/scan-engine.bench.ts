// Scanner engine throughput (issue 4): a dense mixed corpus generated in memory — user/order CSV
// rows (cells scanned with their column), JSON Lines events (string values with their path) and
// server log lines (free text) — about 20 identifiers per KB plus decoys (18-digit numbers with a
// wrong check digit, 16-digit numbers failing Luhn, order ids, timestamps). One thread.
//   npx tsx bench/scan-engine.bench.ts [MB of unique text, default 24] [passes, default 6]
// Prints MB/s for summary mode (the unit scanner over windows of one decoded block, counting),
// jsonl mode (the same, each finding's masked line written as bytes) and @redactpii/node's
// redact() over the same texts, measured in the same run. For finding where the time goes:
// SCAN_BENCH_ONLY=summary, SCAN_BENCH_KIND=csv|json|log, SCAN_BENCH_DETECTORS=ID,ID ('' for none).
import { cpus } from 'node:os';
import { Redactor } from '@redactpii/node';
import { FindingWriter } from '../src/core/scan-report/encode-finding.js';
import { gb11643CheckChar } from '../src/core/scanner/checksums/gb11643.js';
import { ibanCheckDigits } from '../src/core/scanner/checksums/iban.js';
import { luhnCheckDigit } from '../src/core/scanner/checksums/luhn.js';
import { createUnitScanner } from '../src/core/scanner/scan-line.js';
import { DETECTOR_IDS, type DetectorId, type TextContext } from '../src/core/scanner/types.js';
import { prng } from './prng.js';

const UNIQUE_MB = Number(process.argv[2] ?? 24);
/** SCAN_BENCH_KIND=csv|json|log generates one kind only (for profiling). */
const ONLY_KIND = process.env['SCAN_BENCH_KIND'];
const PASSES = Number(process.argv[3] ?? 6);

const random = prng(7);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
const pad = (v: number, n: number) => String(v).padStart(n, '0');

const REGIONS = ['110101', '310104', '440305', '330106', '510104', '420106', '320102', '370202', '500103', '610113'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英'.split('');
const FIRST = ['James', 'Mary', 'John', 'Linda', 'Robert', 'Emma', 'David', 'Sarah', 'Michael', 'Olivia'];
const LAST = ['Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis'];
const STREETS = ['建国路', '中山路', '人民大街', '解放路', '南京东路', '长安街'];
const CITIES = ['北京市朝阳区', '上海市浦东新区', '广州市天河区', '深圳市南山区', '杭州市西湖区', '成都市武侯区'];
const NANP = ['415', '212', '646', '312', '617', '206', '303', '512'];

function residentId(valid = true): string {
  const body = `${pick(REGIONS)}${1950 + int(60)}${pad(1 + int(12), 2)}${pad(1 + int(28), 2)}${digits(3)}`;
  const check = gb11643CheckChar(body);
  if (valid) return body + check;
  return body + (check === '0' ? '1' : '0');
}
function mobile(): string {
  return `1${pick(['38', '39', '50', '58', '86', '77', '99', '35'])}${digits(8)}`;
}
function card(prefix: string, length: number, valid = true): string {
  const body = prefix + digits(length - prefix.length - 1);
  const check = luhnCheckDigit(body);
  return body + (valid ? check : (check + 1) % 10);
}
function iban(): string {
  const bban = `${pick(['WEST', 'NWBK', 'BARC'])}${digits(14)}`;
  return `GB${ibanCheckDigits('GB', bban)}${bban}`;
}
function imei(): string {
  const body = `35${digits(12)}`;
  return body + luhnCheckDigit(body);
}
const cnName = () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : '');
const enName = () => `${pick(FIRST)} ${pick(LAST)}`;
const ip = () => `${1 + int(223)}.${int(256)}.${int(256)}.${1 + int(254)}`;
const timestamp = () => `2024-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)} ${pad(int(24), 2)}:${pad(int(60), 2)}:${pad(int(60), 2)}`;
const usPhone = () => `(${pick(NANP)}) ${200 + int(700)}-${pad(int(10_000), 4)}`;
const email = () => `${pick(['zhang', 'li', 'user', 'john.smith', 'm.garcia'])}${int(1000)}@${pick(['example.com', 'qq.com', '163.com', 'gmail.com'])}`;
const address = () => `${pick(CITIES)}${pick(STREETS)}${1 + int(300)}号${1 + int(20)}栋${100 + int(2000)}室`;
const mac = () => Array.from({ length: 6 }, () => int(256).toString(16).toUpperCase().padStart(2, '0')).join(':');

/** One text to scan, and the bytes of the file line it came from (counted once per line). */
type Unit = { readonly text: string; readonly context: TextContext; readonly kind: 0 | 1 | 2; readonly sourceBytes: number };
const KIND_NAMES = ['csv cells', 'json values', 'log lines'] as const;
const NULL_CONTEXT: TextContext = Object.freeze({ column: null });
const CSV_HEADER = [
  'id',
  'name',
  'phone',
  'id_card',
  'email',
  'address',
  'product',
  'quantity',
  'unit_price',
  'status',
  'card_no',
  'created_at',
  'order_id',
  'remark',
];
const CSV_CONTEXTS = CSV_HEADER.map((column) => Object.freeze({ column }));
const JSON_PATHS = [
  '$.event',
  '$.ts',
  '$.user.id',
  '$.user.name',
  '$.user.phone',
  '$.user.email',
  '$.ip',
  '$.device.os',
  '$.device.model',
  '$.device.imei',
  '$.device.mac',
  '$.geo',
  '$.items[*].sku',
  '$.items[*].qty',
  '$.items[*].price',
  '$.payment.iban',
  '$.payment.status',
  '$.msg',
].map((column) => Object.freeze({ column }));
const PRODUCTS = ['无线蓝牙耳机 Pro', 'USB-C 充电线 2m', 'Stainless steel water bottle 750ml', '机械键盘 87键 青轴', 'Running shoes size 42', '保温杯 500ml'];
const STATUS = ['paid', 'shipped', 'delivered', 'refunded', 'pending'];
const MODELS = ['Pixel 7', 'iPhone 14', 'Mate 60 Pro', 'Mi 13', 'Galaxy S23'];
const REMARKS = ['', '请尽快发货', 'leave at the front desk', '周末送货', 'gift wrap please', `发票抬头：某某科技有限公司 税号91310000${digits(10)}`];

function csvRow(units: Unit[]): void {
  const cells = [
    String(100000 + int(900000)),
    cnName(),
    random() < 0.8 ? mobile() : usPhone(),
    random() < 0.85 ? residentId() : residentId(false),
    email(),
    address(),
    pick(PRODUCTS),
    String(1 + int(5)),
    `${int(1000)}.${pad(int(100), 2)}`,
    pick(STATUS),
    random() < 0.5 ? card('62', 19) : card('4', 16, random() < 0.7),
    timestamp(),
    `ORD${digits(14)}`,
    pick(REMARKS),
  ];
  // The file line: cells joined by commas (quoted when they hold one), then a newline.
  const line = cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',');
  cells.forEach((text, i) => {
    units.push({ text, context: CSV_CONTEXTS[i] as TextContext, kind: 0, sourceBytes: i === 0 ? Buffer.byteLength(line) + 1 : 0 });
  });
}

function jsonEvent(units: Unit[]): void {
  const values = [
    pick(['login', 'purchase', 'logout', 'view', 'add_to_cart']),
    `${timestamp().replace(' ', 'T')}.${pad(int(1000), 3)}Z`,
    String(int(10_000_000)),
    random() < 0.5 ? cnName() : enName(),
    random() < 0.7 ? mobile() : `+44 7${digits(3)} ${digits(6)}`,
    email(),
    ip(),
    pick(['Android 13', 'iOS 17.2', 'HarmonyOS 4.0']),
    pick(MODELS),
    imei(),
    mac(),
    random() < 0.5 ? `${(22 + random() * 18).toFixed(6)}, ${(100 + random() * 20).toFixed(6)}` : '',
    `SKU-${digits(6)}`,
    String(1 + int(4)),
    `${int(500)}.${pad(int(100), 2)}`,
    random() < 0.3 ? iban() : '',
    pick(STATUS),
    pick([`order ${digits(18)} shipped, tracking ${digits(12)}`, 'ok', `retry ${int(5)} of 5 after timeout ${int(3000)}ms`, `coupon SAVE${int(50)} applied`]),
  ];
  // The file line: the event as JSON, keys and punctuation included.
  const event: Record<string, string> = {};
  values.forEach((text, i) => {
    event[(JSON_PATHS[i] as TextContext).column as string] = text;
  });
  const line = JSON.stringify(event);
  values.forEach((text, i) => {
    units.push({ text, context: JSON_PATHS[i] as TextContext, kind: 1, sourceBytes: i === 0 ? Buffer.byteLength(line) + 1 : 0 });
  });
}

function logLine(units: Unit[]): void {
  const decoy = random() < 0.5 ? residentId(false) : card('5', 16, false);
  const text = pick([
    () =>
      `${timestamp()} INFO [req-${digits(6)}] GET /api/users/${mobile()}/orders?id=${digits(10)}&page=${int(20)} from ${ip()} status=200 took ${int(900)}ms ua="Mozilla/5.0 (Linux; Android 13)"`,
    () =>
      `${timestamp()} WARN [payment] charge failed card=${card('4', 16)} user=${email()} trace=${decoy} amount=${int(5000)}.${pad(int(100), 2)} currency=CNY retry=${int(3)}`,
    () =>
      `${timestamp()} INFO [kyc] verified name=${enName()} ssn=${100 + int(500)}-${pad(1 + int(98), 2)}-${pad(1 + int(9998), 4)} session=${digits(16)} elapsed=${int(900)}ms`,
    () =>
      `${timestamp()} DEBUG [order] 用户${cnName()}（身份证${residentId()}，手机${mobile()}）提交订单ORD${digits(12)}，收货地址${address()}，金额${int(900)}.00元`,
    () =>
      `${timestamp()} INFO [device] registered imei=${imei()} os=Android build=${digits(8)} app=v${int(10)}.${int(20)}.${int(100)} region=cn-north-1 latency=${int(90)}ms`,
    () => `${timestamp()} INFO [http] POST /api/v2/cart/items status=201 bytes=${int(90_000)} took=${int(900)}ms trace=${digits(16)} span=${digits(8)}`,
    () => `${timestamp()} ERROR [db] query timeout after ${int(30_000)}ms on shard ${int(64)} table=orders rows=${int(100_000)} retry=${int(3)}`,
  ])();
  units.push({ text, context: NULL_CONTEXT, kind: 2, sourceBytes: Buffer.byteLength(text) + 1 });
}

function generate(targetBytes: number): { units: Unit[]; bytes: number } {
  const units: Unit[] = [];
  let bytes = 0;
  let measured = 0;
  while (bytes < targetBytes) {
    const r = random();
    if (ONLY_KIND === 'csv' || (ONLY_KIND === undefined && r < 0.2)) csvRow(units);
    else if (ONLY_KIND === 'json' || (ONLY_KIND === undefined && r < 0.4)) jsonEvent(units);
    else logLine(units);
    for (; measured < units.length; measured++) bytes += (units[measured] as Unit).sourceBytes;
  }
  return { units, bytes };
}

const { units, bytes } = generate(UNIQUE_MB * 1e6);
const mb = bytes / 1e6;
const counts = new Int32Array(DETECTOR_IDS.length);

// The texts laid out as the file pipeline sees them: one decoded block (code units and the same
// string), each text a window of it, scanned in place by the unit scanner.
const blockText = units.map((u) => u.text).join('\n');
const block = Uint16Array.from({ length: blockText.length }, (_, i) => blockText.charCodeAt(i));
/** SCAN_BENCH_DETECTORS=ID,ID enables only those detectors (for finding where the time goes; '' enables none). */
function onlyDetectors(list: string | undefined): readonly DetectorId[] | undefined {
  if (list === undefined) return undefined;
  const ids = list.split(',').filter((id) => id !== '');
  // A misspelt id would otherwise time a scanner with fewer detectors than asked for.
  const unknown = ids.find((id) => !(DETECTOR_IDS as readonly string[]).includes(id));
  if (unknown !== undefined) throw new Error(`SCAN_BENCH_DETECTORS: unknown detector "${unknown}"`);
  return ids as DetectorId[];
}
const ONLY_DETECTORS = onlyDetectors(process.env['SCAN_BENCH_DETECTORS']);
const scanner = createUnitScanner(ONLY_DETECTORS === undefined ? {} : { detectors: ONLY_DETECTORS });
scanner.useBlock(block, () => blockText);
type Window = { readonly from: number; readonly to: number; readonly hints: number; readonly columnJson: string; readonly kind: number };
const windows: Window[] = [];
let at = 0;
for (const u of units) {
  windows.push({ from: at, to: at + u.text.length, hints: scanner.hintsOf(u.context.column), columnJson: JSON.stringify(u.context.column), kind: u.kind });
  at += u.text.length + 1;
}

/**
 * Runs `body` PASSES times and prints MB/s. The rate is per CPU second of this process
 * (process.cpuUsage), so other load on the machine does not lower it; wall-clock is shown too.
 */
function timePasses(label: string, body: () => number, size = mb): number {
  const rates: number[] = [];
  const walls: number[] = [];
  let result = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    result = body();
    const used = process.cpuUsage(cpu);
    walls.push(size / ((performance.now() - started) / 1000));
    rates.push(size / ((used.user + used.system) / 1e6));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const rate = median(rates);
  console.log(
    `${label.padEnd(34)} ${rate.toFixed(0).padStart(4)} MB/s per CPU second (wall ${median(walls).toFixed(0)}; ${PASSES} passes of ${size.toFixed(1)} MB; ${result} findings/pass)`,
  );
  return rate;
}

function countAll(list: readonly Window[]): number {
  let n = 0;
  const m = scanner.matches;
  for (const w of list) {
    const k = scanner.scan(w.from, w.to, w.hints);
    for (let j = 0; j < k; j++) {
      const d = m.detector[m.kept[j] as number] as number;
      counts[d] = (counts[d] as number) + 1;
    }
    n += k;
  }
  return n;
}

const writer = new FindingWriter();
writer.setFile(JSON.stringify('bench.txt'));
const output = Buffer.allocUnsafeSlow(1 << 20);
const view = new DataView(output.buffer, output.byteOffset, output.length);

/** Scans and writes every finding's jsonl line (the output buffer is reused: only the work counts). */
function writeAll(): number {
  let n = 0;
  let used = 0;
  const m = scanner.matches;
  for (const w of windows) {
    const k = scanner.scan(w.from, w.to, w.hints);
    for (let j = 0; j < k; j++) {
      const i = m.kept[j] as number;
      const start = m.start[i] as number;
      const end = m.end[i] as number;
      if (used + writer.bound(w.columnJson, end - start, false) > output.length) used = 0;
      used = writer.write(
        output,
        view,
        used,
        1,
        w.columnJson,
        m.detector[i] as number,
        start - w.from,
        end - w.from,
        block,
        start,
        end,
        m.confidence[i] as number,
        false,
      );
      n++;
    }
  }
  return n;
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);
console.log(
  `corpus: ${units.length} texts from ${mb.toFixed(1)} MB of file lines (CSV rows, JSON Lines, log lines), ${(units.length / (mb * 1000)).toFixed(0)} texts/KB`,
);

// Warm-up: V8 needs a few passes before every detector runs optimised code (the first timed pass
// after a single warm-up pass ran at 60% of the steady rate); a long scan runs at the steady rate.
for (let pass = 0; pass < 3; pass++) {
  countAll(windows);
  writeAll();
}
counts.fill(0);
let perKb = 0;
const ONLY_SUMMARY = process.env['SCAN_BENCH_ONLY'] === 'summary';
const summary = timePasses('summary (scan, count)', () => {
  counts.fill(0);
  const n = countAll(windows);
  perKb = n / (mb * 1000);
  return n;
});
const findingsPerDetector = DETECTOR_IDS.map((id, i) => `${id}=${counts[i]}`).join(' ');
if (ONLY_SUMMARY) process.exit(0);
const jsonl = timePasses('jsonl (scan, masked lines written)', writeAll);
for (const kind of [0, 1, 2] as const) {
  const subset = windows.filter((w) => w.kind === kind);
  const size = units.filter((u) => u.kind === kind).reduce((n, u) => n + u.sourceBytes, 0) / 1e6;
  timePasses(`  summary, ${KIND_NAMES[kind]} only`, () => countAll(subset), size);
}
timePasses('  floor: one loop over the code units', () => {
  let n = 0;
  for (let i = 0; i < block.length; i++) if (block[i] === 64) n++;
  return n;
});
const redactor = new Redactor();
const redact = timePasses('@redactpii/node redact()', () => {
  let changed = 0;
  for (const u of units) if (redactor.redact(u.text) !== u.text) changed++;
  return changed;
});
console.log('findings per detector (one pass):');
console.log(findingsPerDetector);
console.log(`findings per KB of input: ${perKb.toFixed(1)}`);
console.log(
  `targets: summary >= 150 MB/s ${summary >= 150 ? 'met' : 'NOT met'}; jsonl >= 50 MB/s ${jsonl >= 50 ? 'met' : 'NOT met'}; redactpii ${redact.toFixed(0)} MB/s`,
);
