/** The workbook of the in-memory Excel: its name, worksheets, settings, and importing sheets from a file. */
import { bytesOf, ClientResult, Loadable, MemoryExcelError, type Context } from './context';
import { WorksheetsProxy } from './worksheet';

export class WorkbookProxy extends Loadable {
  readonly worksheets: WorksheetsProxy;
  readonly settings: SettingsProxy;
  constructor(ctx: Context) {
    super(ctx);
    this.worksheets = new WorksheetsProxy(ctx);
    this.settings = new SettingsProxy(ctx);
  }
  protected readProp(name: string): unknown {
    if (name === 'name') return this.ctx.excel.state.name;
    throw new MemoryExcelError('InvalidArgument', `Workbook.${name} is not simulated`);
  }
  get name(): string {
    return this.get('name');
  }
  /** Returns the ids of the new worksheets, as Excel does (not their names). */
  insertWorksheetsFromBase64(base64: string, options?: { positionType?: string }): ClientResult<string[]> {
    const excel = this.ctx.excel;
    excel.requireSet('1.13', 'insertWorksheetsFromBase64');
    const result = new ClientResult<string[]>();
    this.ctx.enqueue(() => {
      const decode = excel.decodeWorkbook;
      if (!decode) throw new MemoryExcelError('InvalidArgument', 'This in-memory workbook cannot read files.');
      const ids: string[] = [];
      for (const sheet of decode(base64)) {
        const base = sheet.name;
        for (let i = 2; excel.findSheet(sheet.name); i++) sheet.name = `${base} (${i})`;
        if (options?.positionType === 'Beginning') excel.state.sheets.unshift(sheet);
        else excel.state.sheets.push(sheet);
        ids.push(sheet.id);
      }
      result.set(ids);
      excel.changed();
      return bytesOf(ids);
    }, base64.length);
    return result;
  }
}

class SettingsProxy {
  constructor(private readonly ctx: Context) {}
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
  add(key: string, value: unknown): SettingProxy {
    this.ctx.enqueue(() => {
      this.ctx.excel.state.settings.set(key, JSON.parse(JSON.stringify(value)));
    }, bytesOf(value));
    return new SettingProxy(this.ctx, key);
  }
}

class SettingProxy extends Loadable {
  protected override nullable = true;
  constructor(
    ctx: Context,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return !this.ctx.excel.state.settings.has(this.key);
  }
  protected readProp(name: string): unknown {
    if (name === 'value') return this.ctx.excel.state.settings.get(this.key);
    if (name === 'key') return this.key;
    throw new MemoryExcelError('InvalidArgument', `Setting.${name}`);
  }
  get value(): unknown {
    return this.get('value');
  }
}
