import { canonicalReceiptBytes, type ReceiptLog } from '../core/consent/index.js';
import { PisaError } from '../core/errors/pisa-error.js';
import { encodeBase64 } from '../core/log/base64.js';
import { attachJwsPayload } from '../core/receipt/jws.js';
import type { ConsentStore, ReceiptLogReader, ReceiptRecord } from './consent-ports.js';

/** A receipt as the person keeps it: the signed body, `salt`, `sig` (compact JWS) and, once sequenced, `log`. */
export type ReceiptBundle = Readonly<Record<string, unknown>> & {
  readonly receipt_id: string;
  readonly salt: string;
  readonly sig: string;
  readonly log: ReceiptLog | null;
};

export type ReceiptService = {
  /** Where the receipt is in the transparency log, with its inclusion proof; null while it waits to be sequenced. */
  proof(receiptId: string): Promise<ReceiptLog | null>;
  /** The whole receipt, for the person it belongs to (the caller checks that). */
  bundle(receiptId: string): Promise<{ record: ReceiptRecord; bundle: ReceiptBundle }>;
  ofAccount(accountId: string, limit: number): Promise<ReceiptBundle[]>;
};

export function createReceiptService(deps: { consents: ConsentStore; log: ReceiptLogReader }): ReceiptService {
  const { consents, log } = deps;

  const logOf = async (record: ReceiptRecord): Promise<ReceiptLog | null> => {
    const index = await log.positionOf(record.log_entry_id);
    if (index === null) return null;
    const proven = await log.prove(index);
    if (proven === null) return null;
    return { index: String(index), checkpoint: proven.checkpoint, inclusion_proof: proven.proof.map(encodeBase64) };
  };

  const toBundle = async (record: ReceiptRecord): Promise<ReceiptBundle> => ({
    ...(record.payload as Record<string, unknown>),
    receipt_id: record.id,
    salt: record.salt,
    sig: attachJwsPayload(record.jws, canonicalReceiptBytes(record.payload as object)),
    log: await logOf(record),
  });

  const find = async (receiptId: string): Promise<ReceiptRecord> => {
    const record = await consents.receipt(receiptId);
    if (record === null) throw new PisaError('NOT_FOUND', { what: `receipt ${receiptId}` });
    return record;
  };

  return {
    proof: async (receiptId) => logOf(await find(receiptId)),
    async bundle(receiptId) {
      const record = await find(receiptId);
      return { record, bundle: await toBundle(record) };
    },
    async ofAccount(accountId, limit) {
      const records = await consents.receiptsOfAccount(accountId, limit);
      return Promise.all(records.map(toBundle));
    },
  };
}
