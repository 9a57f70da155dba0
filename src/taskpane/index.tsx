/* The task pane's entry: one gate waits for Office.onReady before anything renders. */
import { createRoot } from 'react-dom/client';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { App } from './App';
import { Root } from './Root';
import { workerEngine } from './worker-engine';
import { createExcelWorkbook } from '../excel/workbook';
import { runExcel } from '../excel/run';
import { capabilitiesOf, displayLanguageSafe, isSetSupportedSafe } from '../excel/host';
import { RENDER_TEXTS } from '../core/render';
import { CATALOG_SHEET } from '../excel/catalog-sheet';
import { outputSheetNames } from './output-sheets';

const root = createRoot(document.getElementById('root') as HTMLElement);

/** Office's theme: dark body background → Fluent's dark theme, and Office's body colours. */
function officeTheme(): { dark: boolean; theme: Record<string, string> } {
  try {
    const ot = Office.context.officeTheme;
    if (!ot?.bodyBackgroundColor) return { dark: false, theme: {} };
    const hex = ot.bodyBackgroundColor.replace('#', '');
    const luminance = (parseInt(hex.slice(0, 2), 16) * 299 + parseInt(hex.slice(2, 4), 16) * 587 + parseInt(hex.slice(4, 6), 16) * 114) / 1000;
    return { dark: luminance < 128, theme: { colorNeutralBackground1: ot.bodyBackgroundColor, colorNeutralForeground1: ot.bodyForegroundColor } };
  } catch {
    return { dark: false, theme: {} };
  }
}

Office.onReady((info) => {
  const lang = displayLanguageSafe();
  if (info.host !== Office.HostType.Excel) {
    root.render(
      <Root>
        <MessageBar intent="warning">
          <MessageBarBody>{lang === 'en' ? 'Open this add-in in Excel. To try it without Excel, run "npm run preview".' : 'Hãy mở phần bổ trợ này trong Excel. Để dùng thử không cần Excel, chạy "npm run preview".'}</MessageBarBody>
        </MessageBar>
      </Root>,
    );
    return;
  }
  const workbook = createExcelWorkbook({
    run: runExcel,
    capabilities: capabilitiesOf(isSetSupportedSafe),
    outputSheets: [...outputSheetNames(RENDER_TEXTS), CATALOG_SHEET],
    // Forms for the units open as a workbook of their own (ExcelApi 1.8).
    createWorkbook: isSetSupportedSafe('ExcelApi', '1.8') ? (base64) => Excel.createWorkbook(base64) : undefined,
  });
  const { dark, theme } = officeTheme();
  root.render(
    <Root dark={dark} theme={theme}>
      <App workbook={workbook} engine={workerEngine} lang={lang} />
    </Root>,
  );
});
