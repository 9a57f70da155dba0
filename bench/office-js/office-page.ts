/**
 * The real office.js (the @microsoft/office-js package, as Microsoft's CDN serves it) in a jsdom page framed by a
 * fake Excel on the web: the page loads office.js, which loads excel-web-16.00.js and its strings, shakes hands
 * with the "host" over postMessage, and from then on every context.sync() of an Excel.run is built, serialised
 * and posted by office.js itself. The fake host records each message as posted (its UTF-8 size is what Excel on
 * the web limits to 5 MB), enforces the request and response limits as Excel on the web does, and answers from
 * the in-memory workbook (rich-api.ts). No network, no Excel.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import type { MemoryExcel } from '../../src/excel/memory/excel';
import { createRichApiHost, type RequestBody } from './rich-api';

const DIST = resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const HOST_ORIGIN = 'https://excel.officeapps.live.com';
const PAGE = 'https://localhost:3000/taskpane.html';
/** Excel on the web refuses requests and responses over 5 MB (office.js error codes 5103 and 5104). */
export const WEB_PAYLOAD_LIMIT = 5_000_000;
const REQUEST_TOO_LARGE = 5103;
const RESPONSE_TOO_LARGE = 5104;

export type PostedRequest = {
  /** UTF-8 bytes of the message office.js posted for this request. */
  bytes: number;
  /** UTF-8 bytes of the answer posted back. */
  responseBytes: number;
  actions: number;
  /** The request body, parsed (for tests that look at what was sent). */
  body: RequestBody;
};

export type OfficePage = {
  /** Excel.run of the page's office.js. */
  run: <T>(
    optionsOrBatch: Excel.RunOptions | ((c: Excel.RequestContext) => Promise<T>),
    batch?: (c: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  isSetSupported: (name: string, version: string) => boolean;
  /** Every RichApi request posted since the page opened (or since `reset`). */
  requests: PostedRequest[];
  reset: () => void;
  /** Waits until office.js has posted everything queued (its cleanup request after Excel.run is not awaited). */
  settle: () => Promise<void>;
  close: () => void;
};

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

class DistLoader extends ResourceLoader {
  override fetch(url: string, options: FetchOptions) {
    if (url.startsWith(CDN)) {
      const file = join(DIST, url.slice(CDN.length).split(/[?#]/)[0]);
      // Telemetry and other optional scripts load as empty files: nothing leaves the machine.
      return Promise.resolve(
        existsSync(file) && !/telemetry/.test(file) ? readFileSync(file) : Buffer.from(''),
      ) as ReturnType<ResourceLoader['fetch']>;
    }
    return super.fetch('data:text/javascript,', options);
  }
}

export type OfficePageOptions = {
  /** The ExcelApi version the host reports (default 1.18). */
  excelApi?: string;
  /** office.debug.js instead of office.js, for readable stacks while developing. */
  debug?: boolean;
  /** The request and response limit enforced (default Excel on the web's 5 MB; Infinity to measure only). */
  payloadLimit?: number;
  /**
   * Give office.js Worksheet.notes (ExcelApi 1.18), which this package's office.js (1.1.110, ExcelApi ≤ 1.15)
   * lacks: defined as newer office.js defines it, with this office.js's own request building
   * (BatchApiHelper, as its Worksheet.comments and CommentCollection.add are built), so notes are measured too.
   */
  notes?: boolean;
};

export async function openOfficePage(excel: MemoryExcel, options: OfficePageOptions = {}): Promise<OfficePage> {
  const excelApi = options.excelApi ?? '1.18';
  const limit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
  const answer = createRichApiHost(excel);
  const requests: PostedRequest[] = [];
  let inFlight = 0;
  const virtualConsole = new VirtualConsole();
  const errors: string[] = [];
  virtualConsole.on('jsdomError', (e) => errors.push(e.message));

  let window: Window &
    typeof globalThis & { Office: typeof Office; Excel: typeof Excel; MessageEvent: typeof MessageEvent };
  const reply = (message: Record<string, unknown>, data: unknown): number => {
    const response = JSON.stringify({
      _messageType: 1,
      _actionName: message._actionName,
      _conversationId: message._conversationId,
      _correlationId: message._correlationId,
      _errorCode: 0,
      _responseType: 0,
      _data: data,
    });
    window.dispatchEvent(new window.MessageEvent('message', { data: response, origin: HOST_ORIGIN }));
    return utf8(response);
  };
  const onPosted = async (text: string): Promise<void> => {
    const message = JSON.parse(text) as Record<string, unknown>;
    if (message._actionName === 'ContextActivationManager_getAppContextAsync') {
      reply(message, appContext(excelApi));
      return;
    }
    if (message._actionName !== 'executeMethod') return;
    const safeArray = (message._data as { ArrayData: unknown[] }).ArrayData;
    const body = JSON.parse(safeArray[4] as string) as RequestBody;
    const posted: PostedRequest = { bytes: utf8(text), responseBytes: 0, actions: body.Actions.length, body };
    requests.push(posted);
    if (posted.bytes > limit) {
      posted.responseBytes = reply(message, { Version: 1, Error: REQUEST_TOO_LARGE });
      return;
    }
    const response = JSON.stringify(await answer(body));
    posted.responseBytes =
      utf8(response) > limit
        ? reply(message, { Version: 1, Error: RESPONSE_TOO_LARGE })
        : reply(message, { Version: 1, Error: 0, Data: [200, [], response] });
  };

  const dom = new JSDOM(
    `<!doctype html><html><head><script src="${CDN}${options.debug ? 'office.debug.js' : 'office.js'}"></script></head><body><div id="root"></div></body></html>`,
    {
      url: `${PAGE}?_host_Info=Excel$Web$16.01$vi-VN$$$$0#&_xdm_Info=replay|addin|${encodeURIComponent(HOST_ORIGIN)}`,
      runScripts: 'dangerously',
      resources: new DistLoader(),
      virtualConsole,
      pretendToBeVisual: true,
      beforeParse(w) {
        // The page is framed by Excel on the web: its parent is the host, which receives what office.js posts.
        const host = {
          postMessage: (text: string) => {
            inFlight += 1;
            setTimeout(() => void onPosted(text).finally(() => (inFlight -= 1)), 0);
          },
        };
        Object.defineProperty(w, 'parent', { get: () => host, configurable: true });
        Object.defineProperty(w, 'top', { get: () => host, configurable: true });
        // office.js trusts its own domain besides Microsoft's (document.domain, which jsdom leaves undefined).
        Object.defineProperty(w.document, 'domain', { get: () => 'localhost', configurable: true });
      },
    },
  );
  window = dom.window as unknown as typeof window;

  await new Promise<void>((resolveReady, reject) => {
    const started = Date.now();
    const wait = (): void => {
      if (window.Office?.onReady) {
        window.Office.onReady().then(() => resolveReady(), reject);
        return;
      }
      if (Date.now() - started > 20_000)
        reject(new Error(`office.js did not load: ${errors.join('; ') || 'no error'}`));
      else setTimeout(wait, 20);
    };
    wait();
  });

  if (options.notes) (window as unknown as { eval: (code: string) => void }).eval(NOTES_POLYFILL);

  const settle = async (): Promise<void> => {
    for (let idle = 0; idle < 3;) {
      await new Promise((r) => setTimeout(r, 5));
      idle = inFlight === 0 ? idle + 1 : 0;
    }
  };
  return {
    run: ((a: unknown, b?: unknown) =>
      b === undefined ? window.Excel.run(a as never) : window.Excel.run(a as never, b as never)) as OfficePage['run'],
    isSetSupported: (name, version) => window.Office.context.requirements.isSetSupported(name, version),
    requests,
    reset: () => {
      requests.length = 0;
    },
    settle,
    close: () => dom.window.close(),
  };
}

/** What Excel on the web tells office.js about itself when the add-in starts. */
function appContext(excelApi: string): Record<string, unknown> {
  return {
    _id: 'addin',
    _appName: 1,
    _appVersion: '16.0',
    _appUILocale: 'vi-VN',
    _dataLocale: 'vi-VN',
    _docUrl: 'https://contoso.sharepoint.com/Bao-cao-cac-xa.xlsx',
    _clientMode: 1,
    _settings: [],
    _reason: 1,
    _osfControlType: 1,
    _eToken: '',
    _correlationId: 'replay',
    _appInstanceId: 'replay',
    _appMinorVersion: 1,
    _requirementMatrix: JSON.stringify({ ExcelApi: excelApi, RichApiRuntimeFlag: '1.2' }),
    _hostFullVersion: '16.0.19201.30000',
  };
}

/** Worksheet.notes and NoteCollection.add as Excel's generated API code writes them (see its Worksheet.comments). */
const NOTES_POLYFILL = `(function () {
  var helper = OfficeExtension.BatchApiHelper;
  class Note extends OfficeExtension.ClientObject { get _className() { return 'Note'; } }
  class NoteCollection extends OfficeExtension.ClientObject {
    get _className() { return 'NoteCollection'; }
    get _isCollection() { return true; }
    add(cellAddress, content) { return helper.createMethodObject(Note, this, 'Add', 0, [cellAddress, content], false, true, null, 0); }
  }
  Object.defineProperty(Excel.Worksheet.prototype, 'notes', {
    get: function () {
      if (!this.m_notes) this.m_notes = helper.createPropertyObject(NoteCollection, this, 'Notes', true, 4);
      return this.m_notes;
    },
    configurable: true,
  });
})();`;
