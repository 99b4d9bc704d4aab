import type { ConsentActor, ConsentMethod } from '../../../../../src/core/consent/types.js';

/** The receipt log position once sequenced (src/core/consent/receipt.ts ReceiptLog). */
export type ReceiptLog = { index: string; checkpoint: string; inclusion_proof: string[] };

/** A receipt bundle as downloaded (pisa-receipt/1): the signed body, its salt and JWS, and the log proof. */
export type ReceiptBundle = {
  schema: 'pisa-receipt/1';
  receipt_id: string;
  subject: string;
  processor: { id: string; name: string; address: string; contact: string; email?: string | null; phone?: string | null; url?: string | null; role: string };
  notice_hash: string;
  notice_lang: 'zh-CN' | 'en';
  purposes: { id: string; data: string[]; necessary: boolean; separate: boolean }[];
  sensitive: string[];
  recipients: { name: string; role: string; country: string | null }[];
  cross_border: { destination: string; mechanism: string } | null;
  retention: string | null;
  jurisdiction: string[];
  event: { type: 'explicit' | 'signal'; state: 'given' | 'refused' | 'withdrawn'; time: string; method: ConsentMethod; by: ConsentActor };
  withdraw_url: string;
  salt: string;
  sig: string;
  log: ReceiptLog | null;
};

/** One public receipt-signing key (JWK, OKP/Ed25519). */
export type ReceiptJwk = { kty: string; crv: string; x: string; kid: string; alg: string; use: string };
