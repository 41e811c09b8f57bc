/**
 * Countries by their two-letter code, named in English by the runtime's own region data.
 * ICU also names historical and reserved codes (SU, YU, EU, UN…) that GHL refuses: left out.
 */
const NOT_COUNTRIES = new Set(
  'AC BL BQ BU CP CQ CS CW DD DG DY EA EU EZ FX HV IC NH QO RH SS SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Sorted on the names without accents ("Åland" with the A's): a collator would load more ICU data at start-up.
const sortKey = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const byName = (a: string, b: string) => (sortKey(a) < sortKey(b) ? -1 : 1);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export const COUNTRIES: Record<string, string> = Object.fromEntries(
  [...LETTERS]
    .flatMap((a) => [...LETTERS].map((b) => a + b))
    .filter((code) => !NOT_COUNTRIES.has(code))
    .map((code) => [code, names.of(code)])
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .sort((a, b) => byName(a[1], b[1])),
);
