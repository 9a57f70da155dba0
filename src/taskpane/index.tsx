/* The task pane's entry: one gate waits for Office.onReady before anything renders. */
import { createRoot } from 'react-dom/client';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { App } from './App';
import { Root } from './Root';
import { workerDetect, workerEngine } from './start-worker';
import { createExcelWorkbook } from '../excel/workbook';
import { runExcel } from '../excel/run';
import { capabilitiesOf, displayLanguageSafe, isSetSupportedSafe, isWebSafe, MIN_EXCEL_API } from '../excel/host';
import { allOutputSheetNames } from '../core/render';
import { CATALOG_SHEET } from '../excel/catalog-sheet';

/** Set by gate.js in a webview too old for this bundle: its message stays, nothing else renders. */
const tooOld = Boolean((window as { tonghopTooOld?: boolean }).tonghopTooOld);
const root = tooOld ? null : createRoot(document.getElementById('root') as HTMLElement);

/** Office's theme: dark body background → Fluent's dark theme, and Office's body colours. */
function officeTheme(): { dark: boolean; theme: Record<string, string> } {
  try {
    const ot = Office.context.officeTheme;
    if (!ot?.bodyBackgroundColor) return { dark: false, theme: {} };
    const hex = ot.bodyBackgroundColor.replace('#', '');
    const luminance =
      (parseInt(hex.slice(0, 2), 16) * 299 +
        parseInt(hex.slice(2, 4), 16) * 587 +
        parseInt(hex.slice(4, 6), 16) * 114) /
      1000;
    return {
      dark: luminance < 128,
      theme: { colorNeutralBackground1: ot.bodyBackgroundColor, colorNeutralForeground1: ot.bodyForegroundColor },
    };
  } catch {
    return { dark: false, theme: {} };
  }
}

// onReady's promise only resolves (with the same info as the callback): nothing to wait for or catch.
if (root)
  void Office.onReady((info) => {
    const lang = displayLanguageSafe();
    if (info.host !== Office.HostType.Excel) {
      root.render(
        <Root>
          <MessageBar intent="warning">
            <MessageBarBody>
              {lang === 'en'
                ? 'Open this add-in in Excel. To try it without Excel, run "npm run preview".'
                : 'Hãy mở phần bổ trợ này trong Excel. Để dùng thử không cần Excel, chạy "npm run preview".'}
            </MessageBarBody>
          </MessageBar>
        </Root>,
      );
      return;
    }
    // The manifest asks for ExcelApi 1.9; a host that loads the pane anyway (a sideloaded manifest) is told why not.
    if (!isSetSupportedSafe('ExcelApi', MIN_EXCEL_API)) {
      root.render(
        <Root>
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              {lang === 'en'
                ? `This version of Excel is too old for Tổng hợp (it needs the Excel JavaScript API ${MIN_EXCEL_API}: Excel 2021 or later, Microsoft 365, Excel on the web or on Mac).`
                : `Phiên bản Excel này quá cũ cho Tổng hợp (cần Excel JavaScript API ${MIN_EXCEL_API}: Excel 2021 trở lên, Microsoft 365, Excel trên web hoặc trên Mac).`}
            </MessageBarBody>
          </MessageBar>
        </Root>,
      );
      return;
    }
    const capabilities = capabilitiesOf(isSetSupportedSafe, isWebSafe());
    const workbook = createExcelWorkbook({
      run: runExcel(capabilities.delayForCellEdit),
      capabilities,
      outputSheets: [...allOutputSheetNames(), CATALOG_SHEET],
      // Forms for the units open as a workbook of their own (ExcelApi 1.8).
      createWorkbook: isSetSupportedSafe('ExcelApi', '1.8') ? (base64) => Excel.createWorkbook(base64) : undefined,
    });
    const { dark, theme } = officeTheme();
    root.render(
      <Root dark={dark} theme={theme}>
        <App workbook={workbook} engine={workerEngine} detect={workerDetect} lang={lang} />
      </Root>,
    );
  });
