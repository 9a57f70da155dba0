/**
 * The host side of Office.js's RichApi protocol, over the in-memory Excel: a request body of object paths and
 * actions (as office.js builds it) is carried out on the memory workbook's proxies, and answered with the body
 * office.js expects — results per action, null for null objects, `Id` for worksheets, `_ReferenceId` for objects
 * office.js asked to keep, and an error naming the failing action. Protocol learnt from office.js 1.1.110's own
 * request building (OfficeExtension.ClientRequest, ObjectPathFactory, ActionFactory).
 */
import type { MemoryExcel } from '../../src/excel/memory/excel';
import { ClientResult, Loadable, MemoryExcelError, type Context } from '../../src/excel/memory/context';
import { WorksheetProxy, WorksheetsProxy } from '../../src/excel/memory/worksheet';

type ArgumentInfo = { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
export type ObjectPathInfo = {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
};
export type ActionInfo = {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
};
export type RequestBody = {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
};
export type ResponseBody = {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; ActionIndex: number; HttpStatusCode: number; Location: string };
};

const PATH = { global: 1, method: 3, property: 4, indexer: 5, reference: 6, nullObject: 7 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

const camel = (name: string): string => (name.startsWith('_') ? name : name[0].toLowerCase() + name.slice(1));
const pascal = (name: string): string => name[0].toUpperCase() + name.slice(1);

type Obj = Record<string, unknown>;
type Pending = { actionId: number; value: () => unknown };

/** One host session: object references kept by office.js live across its requests. */
export function createRichApiHost(excel: MemoryExcel): (body: RequestBody) => Promise<ResponseBody> {
  const ctx: Context = excel.newContext();
  const references = new Map<string, unknown>();
  let nextReference = 1;

  return async (body) => {
    const resolved = new Map<number, unknown>();
    const kept = new Set<number>();
    const pending: Pending[] = [];
    const firstOp: number[] = [];

    const argumentsOf = (info: ArgumentInfo | undefined): unknown[] => {
      const args = [...(info?.Arguments ?? [])];
      (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
        if (typeof id === 'number' && id > 0) args[i] = resolve(id);
      });
      return args;
    };
    const resolve = (id: number): unknown => {
      if (resolved.has(id)) return resolved.get(id);
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new MemoryExcelError('InvalidObjectPath', `Object path ${id} is not in the request.`);
      const parent = (): Obj => resolve(info.ParentObjectPathId as number) as Obj;
      let value: unknown;
      switch (info.ObjectPathType) {
        case PATH.global:
          value = ctx.workbook;
          break;
        case PATH.property:
          value = parent()[camel(info.Name)];
          break;
        case PATH.indexer:
          value = (parent().getItem as (...a: unknown[]) => unknown).apply(parent(), argumentsOf(info.ArgumentInfo));
          break;
        case PATH.method: {
          const target = parent();
          const fn = target[camel(info.Name)];
          if (typeof fn !== 'function') throw new MemoryExcelError('ApiNotFound', `${info.Name} is not simulated.`);
          value = fn.apply(target, argumentsOf(info.ArgumentInfo));
          break;
        }
        case PATH.reference:
          if (!references.has(info.Name))
            throw new MemoryExcelError('InvalidObjectPath', `Reference ${info.Name} was released.`);
          value = references.get(info.Name);
          break;
        default:
          throw new MemoryExcelError('InvalidObjectPath', `Object path type ${info.ObjectPathType} is not simulated.`);
      }
      if (value === undefined) throw new MemoryExcelError('ApiNotFound', `${info.Name} gave nothing.`);
      resolved.set(id, value);
      return value;
    };

    const identity = (pathId: number, obj: unknown): unknown => {
      if (obj instanceof Loadable && obj.loadedValue('isNullObject') === true) return null;
      const value: Obj = {};
      if (kept.has(pathId)) {
        const reference = `{5C1E0B2A-7D3F-4E6A-9B8C-${String(nextReference++).padStart(12, '0')}}`;
        references.set(reference, obj);
        value._ReferenceId = reference;
      }
      if (obj instanceof WorksheetProxy) value.Id = obj.sheet().id;
      return value;
    };

    const carryOut = (action: ActionInfo): void => {
      const obj = resolve(action.ObjectPathId) as Obj;
      switch (action.ActionType) {
        case ACTION.instantiate:
          if (obj instanceof Loadable) obj.touch();
          pending.push({ actionId: action.Id, value: () => identity(action.ObjectPathId, obj) });
          return;
        case ACTION.query: {
          const select = action.QueryInfo?.Select ?? [];
          (obj.load as (p: string[] | string) => void).call(
            obj,
            obj instanceof WorksheetsProxy ? select.map((s) => `items/${s}`).join(',') : select,
          );
          pending.push({ actionId: action.Id, value: () => queryResult(obj, select) });
          return;
        }
        case ACTION.method: {
          if (action.Name === '_KeepReference') {
            kept.add(action.ObjectPathId);
            return;
          }
          if (action.Name === '_RemoveReference') {
            references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
            return;
          }
          const fn = obj[camel(action.Name)];
          if (typeof fn !== 'function') throw new MemoryExcelError('ApiNotFound', `${action.Name} is not simulated.`);
          const result = fn.apply(obj, argumentsOf(action.ArgumentInfo));
          if (result instanceof ClientResult) pending.push({ actionId: action.Id, value: () => result.value });
          return;
        }
        case ACTION.setProperty:
          obj[camel(action.Name)] = argumentsOf(action.ArgumentInfo)[0];
          return;
        default:
          return; // Trace and the like carry nothing the workbook needs.
      }
    };

    let failedAction = -1;
    try {
      body.Actions.forEach((action, i) => {
        firstOp[i] = ctx.queue.length;
        failedAction = i;
        carryOut(action);
      });
      failedAction = -1;
      await ctx.sync();
      return { Results: pending.map((p) => ({ ActionId: p.actionId, Value: p.value() })) };
    } catch (e) {
      // A failure while queuing names its action; one at sync is mapped back from the failing operation.
      if (failedAction < 0 && ctx.failedAt >= 0) {
        failedAction = 0;
        firstOp.forEach((start, i) => {
          if (start <= ctx.failedAt) failedAction = i;
        });
      }
      ctx.queue = [];
      ctx.requestBytes = 0;
      const error =
        e instanceof MemoryExcelError
          ? e
          : new MemoryExcelError('GeneralException', e instanceof Error ? e.message : String(e));
      return {
        Results: [],
        Error: {
          Code: error.code,
          Message: error.message,
          ActionIndex: Math.max(0, failedAction),
          HttpStatusCode: 400,
          Location: body.Actions[failedAction]?.Name ?? '',
        },
      };
    }
  };
}

function queryResult(obj: Obj, select: string[]): unknown {
  if (obj instanceof WorksheetsProxy) {
    return { _Items: obj.items.map((item) => ({ ...pick(item, select), _Id: item.sheet().id })) };
  }
  if (obj instanceof Loadable && obj.loadedValue('isNullObject') === true) return null;
  // A collection of plain objects (the fake's charts): items with their selected properties and an id.
  if (!(obj instanceof Loadable) && Array.isArray(obj.items)) {
    const names = select.map((s) => s.replace(/^items\//, ''));
    return {
      _Items: (obj.items as Obj[]).map((item) => ({
        ...Object.fromEntries(names.map((n) => [pascal(n), item[camel(n)]])),
        _Id: item.id,
      })),
    };
  }
  return pick(obj as unknown as Loadable, select);
}

function pick(obj: Loadable, select: string[]): Obj {
  const value: Obj = {};
  for (const name of select) value[pascal(name)] = obj.loadedValue(name);
  return value;
}
