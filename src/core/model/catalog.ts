/** The catalog (danh mục chỉ tiêu): the indicators a summary holds, with aliases and rules. */
export type Aggregate =
  'sum' | 'mean' | 'max' | 'min' | 'none' | { weightedBy: string } | { ratio: [string, string]; scale?: number };

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
  /** Numbering as the department's form writes it ("1.1", "a", "-"); the generated form prints it. */
  number?: string;
  /** The indicator this one is a part of ("Trong đó" sub-rows): the form indents it under its parent. */
  parent?: string;
  /** Place in the department's form (1-based), when the catalog was read from one. */
  order?: number;
  /** The built-in catalog's indicator this one is the same as: its checks came along with it. */
  builtIn?: string;
};

/** A choice the catalog builder could not make from the form: a person decides, once. */
export type CatalogNeed = {
  kind: 'aggregate' | 'measure';
  /** The indicators concerned (ids). */
  indicators: string[];
  /** Vietnamese question, naming the indicators. */
  question: string;
  questionEn: string;
};

export type Catalog = {
  indicators: Indicator[];
  /** The report's title on the department's form ("Kết quả thực hiện nhiệm vụ ..."), printed on generated forms. */
  title?: string;
  /** Where the catalog was read from ("mau.xlsx#Biểu 01"). */
  source?: string;
  /** What the catalog builder left for a person to decide. */
  needs?: CatalogNeed[];
};
