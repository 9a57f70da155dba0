/**
 * The shape of the generated gazetteer module: per era, one string per province,
 * "code|name|fullName|formedFrom|units", units "<code step><kind letter><proper name>" joined by ";"
 * (kind letters in kinds.ts); a code step is the difference from the previous unit's code, left out when it is 1,
 * and codes are padded to `codeLength` digits (3 for a district, 5 for a commune).
 */
export type PackedEra = {
  validUntil?: string;
  validFrom?: string;
  codeLength: number;
  asOf: string;
  provinces: string[];
};
