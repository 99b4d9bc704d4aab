import type { LogFetch } from '../../../../../src/core/log/tile-client.js';

/** Reads a tile or entry bundle of the log by its tlog-tiles path (`tile/0/000.p/5`); null when it is not there. */
export const fetchLogTile: LogFetch = async (path) => {
  const response = await fetch(`/log/${path}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`/log/${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};
