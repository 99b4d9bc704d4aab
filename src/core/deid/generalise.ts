// Generalisation: keep a coarser value that still serves analysis (GB/T 37964-2019 §5.3 lists
// generalisation among de-identification techniques; PIPL art. 73(3) defines de-identification).

const YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/;

/** A birth date to its year: `1990-05-12`, `1990年5月12日`, `05/12/1990` -> `1990`; null when no year. */
export function birthDateToYear(value: string): string | null {
  return YEAR.exec(value)?.[1] ?? null;
}

const CN_CITY = /^\s*((?:[\u4e00-\u9fff]{2,8}?(?:省|自治区))?)([\u4e00-\u9fff]{1,10}?(?:市|自治州|地区|盟))/;
const CN_MUNICIPALITY = /^\s*(北京|上海|天津|重庆)/;

/**
 * An address to its city: `广东省深圳市南山区科技园…` -> `广东省深圳市`, `北京市朝阳区…` -> `北京市`,
 * `1600 Amphitheatre Pkwy, Mountain View, CA 94043` -> `Mountain View, CA`; null when unclear.
 */
export function addressToCity(value: string): string | null {
  const cn = CN_CITY.exec(value);
  if (cn !== null) return `${cn[1] ?? ''}${cn[2] ?? ''}`;
  const municipality = CN_MUNICIPALITY.exec(value);
  if (municipality !== null) return `${municipality[1]}市`;
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 3) {
    const state = /^([A-Z]{2})\b/.exec(parts[parts.length - 1] ?? '')?.[1];
    const city = parts[parts.length - 2] ?? '';
    return state === undefined ? city : `${city}, ${state}`;
  }
  if (parts.length === 2) return (parts[1] ?? '').replace(/\s*\d[\d -]*$/, '') || null;
  return null;
}

/** An age to a band: width 10 gives `30-39`; explicit bands [0, 14, 18, 60] give `14-17`, `60+`. */
export function ageToBand(value: string, options: { width?: number | undefined; bands?: readonly number[] | undefined }): string | null {
  const match = /^\s*(\d{1,3})(?:\s*(?:岁|years?|y))?\s*$/i.exec(value);
  if (match === null) return null;
  const age = Number(match[1]);
  if (age > 150) return null;
  const bands = options.bands;
  if (bands !== undefined && bands.length > 0) {
    let index = -1;
    for (let i = 0; i < bands.length; i++) if (age >= (bands[i] as number)) index = i;
    if (index === -1) return `<${bands[0]}`;
    const next = bands[index + 1];
    return next === undefined ? `${bands[index]}+` : `${bands[index]}-${next - 1}`;
  }
  const width = options.width ?? 10;
  const low = Math.floor(age / width) * width;
  return width === 1 ? String(age) : `${low}-${low + width - 1}`;
}
