/** The catalog (danh mục chỉ tiêu): the indicators a summary holds, with aliases and rules. */
export type Aggregate =
  | 'sum'
  | 'mean'
  | 'max'
  | 'min'
  | 'none'
  | { weightedBy: string }
  | { ratio: [string, string]; scale?: number };

/** A rule between indicators of the same unit. */
export type Rule =
  /** this ≤ other */
  | { lte: string }
  /** the sum of these parts ≤ this indicator (e.g. level-3 + level-4 services ≤ all online services) */
  | { sumOfLte: string[] };

export type Indicator = {
  id: string;
  /** Vietnamese display name. */
  name: string;
  /** The measure (đơn vị tính): "trạm", "thuê bao", "%", "triệu đồng"... Named `unit` in JSON for the people who edit it. */
  unit: string;
  aliases?: string[];
  group?: string;
  /** Default "sum". */
  aggregate?: Aggregate;
  min?: number;
  max?: number;
  rules?: Rule[];
  /** Counts are whole numbers; a fractional count is suspicious. */
  integer?: boolean;
  /** Size indicator that outlier and scale checks divide by ("population", "households"); absent = none. */
  sizeBy?: string;
  /** Not required from every unit: its absence is not an indicator_missing issue. */
  optional?: boolean;
  /** English name for the English UI and report.json readers. */
  nameEn?: string;
};

export type Catalog = { indicators: Indicator[] };
