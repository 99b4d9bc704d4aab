import type { LineDiff } from '../../../../src/core/notice/line-diff.js';
import type { NoticeProcessor } from '../../../../src/core/notice/types.js';
import type { NoticeContextInput } from './api/types';

/** The publish form: every field a string, empty when not given. */
export type ContextFormValues = {
  legal_name: string;
  address: string;
  email: string;
  phone: string;
  officer_name: string;
  officer_email: string;
  rights_url: string;
  withdraw_url: string;
  opt_out_url: string;
  limit_url: string;
};

/**
 * The form as it opens: the processor details of the latest version, so publishing again after a
 * declaration change needs no retyping. The opt-out and limit links are left empty when they
 * only repeat the withdraw link (the notice's default for them).
 */
export function contextFormValues(processor: NoticeProcessor | null): ContextFormValues {
  const p = processor;
  const unlessWithdraw = (url: string | undefined) => (url === undefined || url === p?.withdraw_url ? '' : url);
  return {
    legal_name: p?.legal_name ?? '',
    address: p?.address ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    officer_name: p?.officer?.name ?? '',
    officer_email: p?.officer?.email ?? '',
    rights_url: p?.rights_url ?? '',
    withdraw_url: p?.withdraw_url ?? '',
    opt_out_url: unlessWithdraw(p?.opt_out_url),
    limit_url: unlessWithdraw(p?.limit_url),
  };
}

/** The request body from the form: trimmed, optional fields left out when empty. */
export function toNoticeContext(values: ContextFormValues): NoticeContextInput {
  const v = Object.fromEntries(Object.entries(values).map(([k, s]) => [k, (s ?? '').trim()])) as ContextFormValues;
  const context: NoticeContextInput = { legal_name: v.legal_name, address: v.address, email: v.email, rights_url: v.rights_url, withdraw_url: v.withdraw_url };
  if (v.phone !== '') context.phone = v.phone;
  if (v.officer_name !== '') context.officer = v.officer_email === '' ? { name: v.officer_name } : { name: v.officer_name, email: v.officer_email };
  if (v.opt_out_url !== '') context.opt_out_url = v.opt_out_url;
  if (v.limit_url !== '') context.limit_url = v.limit_url;
  return context;
}

export type DiffRow = { kind: 'line'; op: LineDiff['op']; line: string } | { kind: 'skip'; count: number };

/**
 * A line diff for reading: changed lines with `context` unchanged lines around them; longer runs
 * of unchanged lines fold into one "n unchanged lines" row.
 */
export function foldUnchanged(lines: readonly LineDiff[], context = 2): DiffRow[] {
  const keep = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.op === 'equal') return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep[j] = true;
  });
  const rows: DiffRow[] = [];
  let skipped = 0;
  lines.forEach((l, i) => {
    if (keep[i]) {
      if (skipped > 0) rows.push({ kind: 'skip', count: skipped });
      skipped = 0;
      rows.push({ kind: 'line', op: l.op, line: l.line });
    } else skipped += 1;
  });
  if (skipped > 0) rows.push({ kind: 'skip', count: skipped });
  return rows;
}
