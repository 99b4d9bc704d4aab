// The ports the consent use cases need; src/db and src/main implement them.

/** Signs receipt payloads as compact JWS (EdDSA); the key id names the key in /api/receipts/keys. */
export interface ReceiptSigner {
  readonly keyId: string;
  sign(payload: Uint8Array): Promise<string>;
}
