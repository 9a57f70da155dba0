/**
 * The in-memory Excel's charts and data bars: the calls the adapter makes (charts.add, series, title, axes, legend,
 * data labels, setPosition; conditionalFormats.add('DataBar') and its rules), recorded on the sheet at sync so a
 * test can read back what a real Excel would hold. Setters are queued like every other write.
 */
import type { MemoryChart, MemoryChartSeries, MemoryConditionalFormat, MemorySheet } from './state';

/** How a proxy queues work: the operation runs at sync; `bytes` counts towards the request. */
export type Enqueue = (op: () => void, bytes: number) => void;
/** A range proxy's address on its sheet ("B5:B15"), known at sync. */
export type AddressOf = (range: unknown) => string;

const size = (v: unknown): number => JSON.stringify(v ?? null).length;

/** The object `range.conditionalFormats` stands for. */
export function conditionalFormatsOf(enqueue: Enqueue, target: () => { sheet: MemorySheet; address: string }) {
  return {
    /** Removes the formats of exactly this range (enough for the adapter, which clears what it is about to set). */
    clearAll() {
      enqueue(() => {
        const { sheet, address } = target();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.address !== address);
      }, 10);
    },
    add(type: string) {
      let format: MemoryConditionalFormat | null = null;
      enqueue(() => {
        const { sheet, address } = target();
        format = { type, address, dataBar: {} };
        sheet.conditionalFormats.push(format);
      }, type.length);
      const set = (patch: Partial<MemoryConditionalFormat['dataBar']>): void =>
        enqueue(() => Object.assign(format!.dataBar, patch), size(patch));
      return {
        dataBar: {
          set barDirection(v: string) {
            set({ barDirection: v });
          },
          set lowerBoundRule(v: unknown) {
            set({ lowerBoundRule: v });
          },
          set upperBoundRule(v: unknown) {
            set({ upperBoundRule: v });
          },
          positiveFormat: {
            set fillColor(v: string) {
              set({ fillColor: v });
            },
            set gradientFill(v: boolean) {
              set({ gradientFill: v });
            },
          },
        },
      };
    },
  };
}

/** The object `worksheet.charts` stands for. */
export function chartsOf(enqueue: Enqueue, sheet: () => MemorySheet, addressOf: AddressOf) {
  let loaded: { name: string; delete: () => void }[] | null = null;
  return {
    /** load('items/name'): the charts of the sheet, each with its name and delete(). */
    load(_props?: string) {
      enqueue(() => {
        const all = sheet().charts;
        loaded = all.map((c) => ({
          name: c.name ?? '',
          id: c.name ?? '',
          delete: () =>
            enqueue(() => {
              const at = sheet().charts.indexOf(c);
              if (at >= 0) sheet().charts.splice(at, 1);
            }, 10),
        }));
      }, 20);
      return this;
    },
    get items() {
      if (!loaded) throw new Error("PropertyNotLoaded: call charts.load('items/name') and sync first.");
      return loaded;
    },
    /** A chart by its id (the fake's ids are the charts' names), as office.js asks for an item it listed. */
    getItem(id: string) {
      return {
        delete: () =>
          enqueue(() => {
            const charts = sheet().charts;
            const at = charts.findIndex((c) => (c.name ?? '') === id);
            if (at >= 0) charts.splice(at, 1);
          }, 10),
      };
    },
    add(type: string, source: unknown, seriesBy?: string) {
      let chart: MemoryChart | null = null;
      enqueue(() => {
        const address = addressOf(source);
        chart = { type, source: address, ...(seriesBy ? { seriesBy } : {}), series: [{ values: address }] };
        sheet().charts.push(chart);
      }, type.length + 40);
      const update = (patch: (c: MemoryChart) => void, bytes: number): void => enqueue(() => patch(chart!), bytes);
      const seriesProxy = (index: () => number) => {
        const patch = (p: Partial<MemoryChartSeries>): void =>
          update((c) => Object.assign((c.series[index()] ??= {}), p), size(p));
        return {
          set name(v: string) {
            patch({ name: v });
          },
          setValues: (r: unknown) =>
            update((c) => Object.assign((c.series[index()] ??= {}), { values: addressOf(r) }), 40),
          setXAxisValues: (r: unknown) =>
            update((c) => Object.assign((c.series[index()] ??= {}), { xValues: addressOf(r) }), 40),
          format: { fill: { setSolidColor: (color: string) => patch({ color }) } },
        };
      };
      return {
        series: {
          getItemAt: (i: number) => seriesProxy(() => i),
          add: (name?: string) => {
            let at = -1;
            update((c) => {
              at = c.series.push({ ...(name ? { name } : {}) }) - 1;
            }, size(name));
            return seriesProxy(() => at);
          },
        },
        set name(v: string) {
          update((c) => {
            c.name = v;
          }, size(v));
        },
        title: {
          set text(v: string) {
            update((c) => {
              c.title = v;
            }, size(v));
          },
          format: {
            font: {
              set size(_v: number) {
                update(() => undefined, 10);
              },
            },
          },
        },
        legend: {
          set visible(v: boolean) {
            update((c) => {
              c.legend = { ...c.legend, visible: v };
            }, 10);
          },
          set position(v: string) {
            update((c) => {
              c.legend = { ...c.legend, position: v };
            }, size(v));
          },
        },
        dataLabels: {
          set showValue(v: boolean) {
            update((c) => {
              c.showValue = v;
            }, 10);
          },
        },
        axes: {
          categoryAxis: {
            set reversePlotOrder(v: boolean) {
              update((c) => {
                c.reversePlotOrder = v;
              }, 10);
            },
          },
          valueAxis: {
            title: {
              set text(v: string) {
                update((c) => {
                  c.valueAxisTitle = v;
                }, size(v));
              },
            },
          },
        },
        setPosition: (start: string, end?: string) =>
          update(
            (c) => {
              c.position = { start, ...(end ? { end } : {}) };
            },
            size(start) + size(end),
          ),
      };
    },
  };
}
