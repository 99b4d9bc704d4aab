// SWIFT IBAN Registry (release 98, 2024): country, total length, BBAN structure. "n" digits,
// "a" upper-case letters, "c" upper-case letters or digits. Countries outside the registry that
// some banks use ("partial" IBANs: DZ, MA, MZ, IR, ...) are left out on purpose: their
// formats are not standardised, so they cannot be validated beyond mod 97.
const REGISTRY =
  'AD24:4n4n12c AE23:3n16n AL28:8n16c AT20:5n11n AZ28:4a20c BA20:3n3n8n2n BE16:3n7n2n BG22:4a4n2n8c BH22:4a14c ' +
  'BI27:5n5n11n2n BR29:8n5n10n1a1c BY28:4c4n16c CH21:5n12c CR22:4n14n CY28:3n5n16c CZ24:4n6n10n DE22:8n10n ' +
  'DJ27:5n5n11n2n DK18:4n9n1n DO28:4c20n EE20:2n2n11n1n EG29:4n4n17n ES24:4n4n1n1n10n FI18:3n11n FK18:2a12n ' +
  'FO18:4n9n1n FR27:5n5n11c2n GB22:4a6n8n GE22:2a16n GI23:4a15c GL18:4n9n1n GR27:3n4n16c GT28:4c20c ' +
  'HR21:7n10n HU28:3n4n1n15n1n IE22:4a6n8n IL23:3n3n13n IQ23:4a3n12n IS26:4n2n6n10n IT27:1a5n5n12c ' +
  'JO30:4a4n18c KW30:4a22c KZ20:3n13c LB28:4n20c LC32:4a24c LI21:5n12c LT20:5n11n LU20:3n13c LV21:4a13c ' +
  'LY25:3n3n15n MC27:5n5n11c2n MD24:2c18c ME22:3n13n2n MK19:3n10c2n MN20:4n12n MR27:5n5n11n2n MT31:4a5n18c ' +
  'MU30:4a2n2n12n3n3a NI28:4a20n NL18:4a10n NO15:4n6n1n OM23:3n16c PK24:4a16c PL28:8n16n PS29:4a21c ' +
  'PT25:4n4n11n2n QA29:4a21c RO24:4a16c RS22:3n13n2n RU33:9n5n15c SA24:2n18c SC31:4a2n2n16n3a SD18:2n12n ' +
  'SE24:3n16n1n SI19:5n8n2n SK24:4n6n10n SM27:1a5n5n12c SO23:4n3n12n ST25:4n4n11n2n SV28:4a20n ' +
  'TL23:3n14n2n TN24:2n3n13n2n TR26:5n1n16c UA29:6n19c VA22:3n15n VG24:4a16n XK20:4n10n2n YE30:4a4n18c';

/** Character classes of a BBAN position. */
export const BBAN_DIGIT = 1;
export const BBAN_LETTER = 2;
export const BBAN_ALNUM = 3;

/** BBAN position classes per country, keyed by the two letters packed as `c1 * 256 + c2`. */
export const IBAN_BBAN_FORMATS: ReadonlyMap<number, Uint8Array> = new Map(
  REGISTRY.split(' ').map((entry) => {
    const [head, structure] = entry.split(':') as [string, string];
    const key = head.charCodeAt(0) * 256 + head.charCodeAt(1);
    const classes: number[] = [];
    for (const part of structure.match(/\d+[nac]/g) ?? []) {
      const count = Number(part.slice(0, -1));
      const kind = part.endsWith('n') ? BBAN_DIGIT : part.endsWith('a') ? BBAN_LETTER : BBAN_ALNUM;
      for (let i = 0; i < count; i++) classes.push(kind);
    }
    return [key, Uint8Array.from(classes)];
  }),
);

/** The registry's countries with their IBAN length, for generators and tests. */
export const IBAN_COUNTRY_LENGTHS: ReadonlyMap<string, number> = new Map(
  REGISTRY.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(2, entry.indexOf(':')))]),
);
