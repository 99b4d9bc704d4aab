import type { Localized } from '../taxonomy/types.js';

/** An app type of the CAC 2021 necessary-PI provisions (art. 5 item `item`). */
export type AppType = {
  readonly id: string;
  /** Item number in art. 5, 1..39: cited as article "5(<item>)". */
  readonly item: number;
  readonly label: Localized;
  /** The basic function service (基本功能服务). */
  readonly basic_function: Localized;
  /** Taxonomy ids of the necessary PI; empty when the basic function needs none. */
  readonly necessary: readonly string[];
  /** Alternatives where the provisions say "ID document": any one of these satisfies it. */
  readonly note?: Localized;
};
