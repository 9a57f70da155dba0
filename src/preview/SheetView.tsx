import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { makeStyles, mergeClasses, tokens, Tab, TabList, Subtitle2 } from '@fluentui/react-components';
import { columnLetters } from '../core/address/address';
import type { MemoryExcel } from '../excel/memory/excel';
import { usedBounds } from '../excel/memory/state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, height: '100%' },
  scroller: {
    overflow: 'auto',
    flex: 1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    whiteSpace: 'pre-wrap',
    maxWidth: '28em',
    verticalAlign: 'top',
  },
  // Many unit sheets: the tab strip scrolls sideways instead of pushing the last tabs off the page.
  tabs: {
    overflowX: 'auto',
    overflowY: 'hidden',
    flexShrink: 0,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  tabList: { flexWrap: 'nowrap', width: 'max-content' },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThicker})`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
  },
  selectedHead: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A plain HTML view of the in-memory workbook, so a person can see what the add-in wrote. */
export function SheetView({ excel, lang = 'vi' }: { excel: MemoryExcel; lang?: 'vi' | 'en' }) {
  const title = lang === 'en' ? 'Workbook (in memory)' : 'Sổ làm việc (trong bộ nhớ)';
  const styles = useStyles();
  // Re-render at most once a frame while the adapter writes.
  const version = useSyncExternalStore(
    (notify) => {
      let pending = 0;
      return excel.subscribe(() => {
        if (!pending) pending = window.setTimeout(() => ((pending = 0), notify()), 50);
      });
    },
    () =>
      excel.state.sheets.length +
      ':' +
      excel.state.activeSheet +
      ':' +
      JSON.stringify(excel.state.selection) +
      ':' +
      versionOf(excel),
  );
  // Any change in the workbook shows its active sheet again: state adjusted while rendering, not in an effect.
  const [shown, setShown] = useState<string | null>(excel.state.activeSheet);
  const [shownAt, setShownAt] = useState(version);
  if (shownAt !== version) {
    setShownAt(version);
    setShown(excel.state.activeSheet);
  }
  const sheet = excel.findSheet(shown ?? '') ?? excel.state.sheets[0];
  const box = sheet ? usedBounds(sheet, false) : null;
  const rows = box ? Math.min(box.row + box.rows, 400) : 0;
  const cols = box ? Math.min(box.col + box.cols, 30) : 0;
  const sel = excel.state.selection;
  const selHere = sel && sheet && sel.sheet === sheet.name ? sel : null;
  const tabsRef = useRef<HTMLDivElement>(null);
  const selectedCell = useRef<HTMLTableCellElement>(null);

  // Keep the shown sheet's tab and the selected cell in view, as Excel does after a jump to a cell.
  useEffect(() => {
    tabsRef.current
      ?.querySelector('[role="tab"][aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sheet?.name]);
  useEffect(() => {
    selectedCell.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [sheet?.name, selHere?.row, selHere?.col]);

  return (
    <section className={styles.root} aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <div ref={tabsRef} className={styles.tabs}>
        <TabList
          size="small"
          className={styles.tabList}
          selectedValue={sheet?.name}
          onTabSelect={(_, d) => setShown(String(d.value))}
          aria-label={lang === 'en' ? 'Sheets' : 'Trang tính'}
        >
          {excel.state.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.scroller}>
        {sheet && (
          <table className={styles.table} aria-label={sheet.name}>
            <thead>
              <tr>
                <th className={styles.head} />
                {Array.from({ length: cols }, (_, c) => (
                  <th
                    key={c}
                    className={mergeClasses(styles.head, selHere?.col === c && styles.selectedHead)}
                    scope="col"
                  >
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={mergeClasses(styles.head, selHere?.row === r && styles.selectedHead)} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const cell = sheet.cells.get(`${r},${c}`);
                    const isSel = selHere?.row === r && selHere.col === c;
                    return (
                      <td
                        key={c}
                        ref={isSel ? selectedCell : undefined}
                        className={mergeClasses(styles.cell, isSel && styles.selected)}
                        aria-selected={isSel || undefined}
                        title={cell?.note}
                        style={{
                          fontWeight: cell?.font?.bold ? 600 : undefined,
                          background: isSel ? undefined : cell?.fill,
                          textAlign: typeof cell?.value === 'number' ? 'right' : undefined,
                        }}
                      >
                        {display(cell?.value ?? null, cell?.numberFormat)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

let counter = 0;
const versions = new WeakMap<MemoryExcel, number>();
/** Bumped on every change notification, so the store snapshot changes. */
function versionOf(excel: MemoryExcel): number {
  if (!versions.has(excel)) {
    versions.set(excel, 0);
    excel.subscribe(() => versions.set(excel, ++counter));
  }
  return versions.get(excel) ?? 0;
}

/** Numbers as Vietnamese staff read them: "1.300", "16,2%". */
function display(value: string | number | boolean | null, format?: string): string {
  if (typeof value !== 'number') return value === null ? '' : String(value);
  if (format?.includes('%')) return `${(value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
