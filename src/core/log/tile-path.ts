// c2sp.org/tlog-tiles paths: `tile/<L>/<N>[.p/<W>]` and `tile/entries/<N>[.p/<W>]`. N is the tile
// index (not an entry index), zero-padded to a multiple of three digits and cut into groups of
// three, every group but the last prefixed with "x": 1234067 -> x001/x234/067. Indices are bigint
// here because the format allows up to 18 digits (beyond Number's safe integers).

export const MAX_TILE_LEVEL = 63;
/** At most six groups (18 digits), as tessera's parser accepts. */
const MAX_GROUPS = 6;

export type TileRef = { readonly kind: 'tile'; readonly level: number; readonly index: bigint; readonly width: number };
export type EntriesRef = { readonly kind: 'entries'; readonly index: bigint; readonly width: number };

/** `x001/x234/067`, and `.p/<W>` for a partial tile (width 1..255). */
export function formatTileIndex(index: bigint | number, width = 256): string {
  const n = BigInt(index);
  if (n < 0n || !Number.isInteger(width) || width < 1 || width > 256) throw new RangeError('invalid tile index or width');
  let digits = n.toString();
  digits = digits.padStart(Math.ceil(digits.length / 3) * 3, '0');
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  const path = groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/');
  return width === 256 ? path : `${path}.p/${width}`;
}

export function formatTilePath(level: number, index: bigint | number, width = 256): string {
  if (!Number.isInteger(level) || level < 0 || level > MAX_TILE_LEVEL) throw new RangeError('invalid tile level');
  return `tile/${level}/${formatTileIndex(index, width)}`;
}

export function formatEntriesPath(index: bigint | number, width = 256): string {
  return `tile/entries/${formatTileIndex(index, width)}`;
}

/** A level as the path writes it: decimal 0..63 without leading zeros; null otherwise. */
export function parseTileLevel(text: string): number | null {
  if (!/^(0|[1-9][0-9]?)$/.test(text)) return null;
  const level = Number(text);
  return level <= MAX_TILE_LEVEL ? level : null;
}

/** Parses `x001/x234/067[.p/89]` strictly (canonical form only); null otherwise. */
export function parseTileIndex(text: string): { index: bigint; width: number } | null {
  let indexText = text;
  let width = 256;
  const partial = text.indexOf('.p/');
  if (partial >= 0) {
    const widthText = text.slice(partial + 3);
    if (!/^[1-9][0-9]{0,2}$/.test(widthText) || Number(widthText) > 255) return null;
    width = Number(widthText);
    indexText = text.slice(0, partial);
  }
  const groups = indexText.split('/');
  if (groups.length > MAX_GROUPS) return null;
  for (let i = 0; i < groups.length; i++) {
    const pattern = i < groups.length - 1 ? /^x[0-9]{3}$/ : /^[0-9]{3}$/;
    if (!pattern.test(groups[i] as string)) return null;
  }
  const index = BigInt(groups.map((group) => group.replace('x', '')).join(''));
  // One path per tile: "x000/001" is not a second name for "001".
  return formatTileIndex(index, width) === text ? { index, width } : null;
}

/** Parses a whole path below the log prefix (`tile/0/x001/067.p/3`, `tile/entries/000`); null otherwise. */
export function parseTilePath(path: string): TileRef | EntriesRef | null {
  const match = /^tile\/([^/]+)\/(.+)$/.exec(path);
  if (match === null) return null;
  const parsed = parseTileIndex(match[2] as string);
  if (parsed === null) return null;
  if (match[1] === 'entries') return { kind: 'entries', ...parsed };
  const level = parseTileLevel(match[1] as string);
  return level === null ? null : { kind: 'tile', level, ...parsed };
}
