/* The browser preview: the real task pane over an in-memory workbook loaded from the bundled samples. */
import { createRoot } from 'react-dom/client';
import { makeStyles, tokens, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { Root } from '../taskpane/Root';
import { workerDetect, workerEngine } from '../taskpane/start-worker';
import { createExcelWorkbook } from '../excel/workbook';
import { capabilitiesOf } from '../excel/host';
import { CATALOG_SHEET } from '../excel/catalog-sheet';
import { createMemoryExcel, type MemoryExcel } from '../excel/memory/excel';
import type { MemorySheet } from '../excel/memory/state';
import { allOutputSheetNames } from '../core/render';
import { SheetView } from './SheetView';
import { toMemorySheets, type PreviewSheet } from './samples';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: '380px 1fr',
    gridTemplateRows: 'auto 1fr',
    height: '100vh',
    gap: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  banner: { gridColumn: '1 / span 2' },
  pane: {
    overflowY: 'auto',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sheet: { padding: tokens.spacingHorizontalM, minWidth: 0, overflow: 'hidden' },
});

function Preview({ excel, lang }: { excel: MemoryExcel; lang: 'vi' | 'en' }) {
  const styles = useStyles();
  // The preview cannot read .xlsx files in the browser: import is reported as unsupported, as on an old host.
  const capabilities = { ...capabilitiesOf(excel.isSetSupported), importFiles: false };
  // Forms for the units "open" as a download: the preview has no Excel to open a new workbook in.
  const workbook = createExcelWorkbook({
    run: excel.run,
    capabilities,
    outputSheets: [...allOutputSheetNames(), CATALOG_SHEET],
    createWorkbook: downloadXlsx,
  });
  return (
    <div className={styles.page}>
      <MessageBar intent="warning" className={styles.banner}>
        <MessageBarBody>
          <MessageBarTitle>{lang === 'en' ? 'Preview — no Excel' : 'Bản xem trước — không có Excel'}</MessageBarTitle>
          {lang === 'en'
            ? 'The workbook is in memory, loaded from the sample files; the result shows on the right.'
            : 'Sổ làm việc nằm trong bộ nhớ, nạp từ các tệp mẫu; kết quả hiện ở bên phải.'}
        </MessageBarBody>
      </MessageBar>
      <main className={styles.pane} aria-label={lang === 'en' ? 'Task pane' : 'Ngăn tác vụ'}>
        <App workbook={workbook} engine={workerEngine} detect={workerDetect} lang={lang} />
      </main>
      <div className={styles.sheet}>
        <SheetView excel={excel} lang={lang} />
      </div>
    </div>
  );
}

function downloadXlsx(base64: string): Promise<void> {
  const link = document.createElement('a');
  link.href = `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${base64}`;
  link.download = 'mau-bao-cao.xlsx';
  link.click();
  return Promise.resolve();
}

/**
 * The bundled samples, or with `?units=168` a province's worth of synthetic commune reports (the bench's generator,
 * loaded only then), to try the task pane at scale.
 */
async function previewSheets(units: number): Promise<MemorySheet[]> {
  if (units > 0) {
    const bench = await import('../../bench/generate');
    return bench.buildSheets(bench.makeUnits(Math.min(units, 3321))).map(bench.toMemorySheet);
  }
  const response = await fetch('samples.json');
  const { sheets } = (await response.json()) as { sheets: PreviewSheet[] };
  return toMemorySheets(sheets);
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'vi';
  const excel = createMemoryExcel(await previewSheets(Number(params.get('units')) || 0), {
    name: 'Bao-cao-don-vi.xlsx',
  });
  root.render(
    <Root>
      <Preview excel={excel} lang={lang} />
    </Root>,
  );
}

// Wait for office.js when it is there (it is, served locally); outside Office it resolves with host null.
if (typeof Office !== 'undefined') void Office.onReady().then(start);
else void start();
