/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ "./src/core/address/address.ts"
/*!*************************************!*\
  !*** ./src/core/address/address.ts ***!
  \*************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cellAddress: () => (/* binding */ cellAddress),
/* harmony export */   columnLetters: () => (/* binding */ columnLetters),
/* harmony export */   formatCellRef: () => (/* binding */ formatCellRef),
/* harmony export */   parseAddress: () => (/* binding */ parseAddress)
/* harmony export */ });
/** 0-based column index → Excel letters. @example columnLetters(27) // "AB" */
function columnLetters(col) {
    let s = '';
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
}
/** 0-based row and column → "B17". */
function cellAddress(row, col) {
    return `${columnLetters(col)}${row + 1}`;
}
/** "B17" → 0-based {row, col}; null when not an A1 address. */
function parseAddress(address) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
    if (!m)
        return null;
    let col = 0;
    for (const ch of m[1].toUpperCase())
        col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
}
/** "bu-dop.xlsx#Sheet1!B17": the text form used in report.json and issues. */
function formatCellRef(ref) {
    return `${ref.file}#${ref.sheet}!${ref.address}`;
}


/***/ },

/***/ "./src/core/check/completeness.ts"
/*!****************************************!*\
  !*** ./src/core/check/completeness.ts ***!
  \****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkMissingFigures: () => (/* binding */ checkMissingFigures),
/* harmony export */   checkMissingUnits: () => (/* binding */ checkMissingUnits)
/* harmony export */ });
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");

/** unit_missing: an expected unit that sent nothing. */
function checkMissingUnits({ summary }) {
    return summary.missingUnits.map((unit) => (0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('unit_missing', {
        unit,
        vi: `${unit} chưa gửi báo cáo (không tìm thấy trang tính nào của đơn vị này).`,
        en: `${unit} sent no report (no sheet of this unit was found).`,
    }));
}
/** indicator_missing (no row) and value_missing (row present, figure empty), kept apart. */
function checkMissingFigures({ summary }) {
    const issues = [];
    for (const unit of summary.units) {
        for (const row of summary.rows) {
            const { indicator } = row;
            const value = row.values[unit.name];
            if (!value) {
                if (indicator.optional)
                    continue;
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('indicator_missing', {
                    unit: unit.name,
                    indicator: indicator.id,
                    vi: `Báo cáo của ${unit.name} không có dòng «${indicator.name}».`,
                    en: `The report of ${unit.name} has no row for "${indicator.nameEn ?? indicator.name}".`,
                }));
            }
            else if (value.figure.kind === 'missing') {
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('value_missing', {
                    unit: unit.name,
                    indicator: indicator.id,
                    cell: value.cell,
                    vi: `Dòng «${value.label}» chưa có số liệu${value.figure.raw.trim() ? ` (ghi «${value.figure.raw.trim()}»)` : ''}.`,
                    en: `Row "${value.label}" has no figure${value.figure.raw.trim() ? ` (it says "${value.figure.raw.trim()}")` : ''}.`,
                }));
            }
        }
    }
    return issues;
}


/***/ },

/***/ "./src/core/check/context.ts"
/*!***********************************!*\
  !*** ./src/core/check/context.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fmtEn: () => (/* binding */ fmtEn),
/* harmony export */   fmtVi: () => (/* binding */ fmtVi),
/* harmony export */   makeIssue: () => (/* binding */ makeIssue)
/* harmony export */ });
/* harmony import */ var _issues__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../issues */ "./src/core/issues/index.ts");
/* harmony import */ var _address_address__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../address/address */ "./src/core/address/address.ts");


/** Builds an issue with the severity the code's table gives. */
function makeIssue(code, fields) {
    const issue = {
        code,
        severity: _issues__WEBPACK_IMPORTED_MODULE_0__.ISSUE_TEXTS[code].severity,
        unit: fields.unit ?? null,
        indicator: fields.indicator ?? null,
        cell: fields.cell ? (0,_address_address__WEBPACK_IMPORTED_MODULE_1__.formatCellRef)(fields.cell) : null,
        message: fields.vi,
        messageEn: fields.en,
    };
    if (fields.cell)
        issue.ref = fields.cell;
    if (fields.related?.length)
        issue.related = fields.related.map(_address_address__WEBPACK_IMPORTED_MODULE_1__.formatCellRef);
    return issue;
}
const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** 1300.5 → "1.300,5" for messages staff read. */
function fmtVi(n) {
    return viNumber.format(n);
}
function fmtEn(n) {
    return enNumber.format(n);
}


/***/ },

/***/ "./src/core/check/duplicates.ts"
/*!**************************************!*\
  !*** ./src/core/check/duplicates.ts ***!
  \**************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDuplicates: () => (/* binding */ checkDuplicates)
/* harmony export */ });
/* harmony import */ var _address_address__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../address/address */ "./src/core/address/address.ts");
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");


/** duplicate_conflict: the same indicator twice in one report with different figures; both cells named. */
function checkDuplicates({ summary }) {
    const issues = [];
    for (const row of summary.rows) {
        for (const [unit, value] of Object.entries(row.values)) {
            for (const dup of value.duplicates ?? []) {
                if (dup.value === value.value && dup.figure.kind === value.figure.kind)
                    continue;
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('duplicate_conflict', {
                    unit, indicator: row.indicator.id, cell: value.cell, related: [dup.cell],
                    vi: `«${row.indicator.name}» có hai dòng với số liệu khác nhau: «${value.figure.raw}» ở ${value.cell.address} và «${dup.figure.raw}» ở ${dup.cell.address}; tổng hợp đang dùng ô ${value.cell.address}.`,
                    en: `"${row.indicator.nameEn ?? row.indicator.name}" appears twice with different figures: "${value.figure.raw}" at ${value.cell.address} and "${dup.figure.raw}" at ${(0,_address_address__WEBPACK_IMPORTED_MODULE_0__.formatCellRef)(dup.cell)}; the summary uses ${value.cell.address}.`,
                }));
            }
        }
    }
    return issues;
}


/***/ },

/***/ "./src/core/check/figures.ts"
/*!***********************************!*\
  !*** ./src/core/check/figures.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   boundsOf: () => (/* binding */ boundsOf),
/* harmony export */   checkRanges: () => (/* binding */ checkRanges),
/* harmony export */   checkUnreadable: () => (/* binding */ checkUnreadable)
/* harmony export */ });
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../merge */ "./src/core/merge/index.ts");
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");


/** value_unreadable: text in a figure cell that is not a number, with the raw text and the reason. */
function checkUnreadable({ summary }) {
    const issues = [];
    for (const row of summary.rows) {
        for (const [unit, value] of Object.entries(row.values)) {
            if (value.figure.kind !== 'unreadable')
                continue;
            issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('value_unreadable', {
                unit,
                indicator: row.indicator.id,
                cell: value.cell,
                vi: `Không đọc được số liệu «${value.figure.raw}» (${value.figure.reason}); hãy nhập một con số.`,
                en: `Cannot read the figure "${value.figure.raw}" (${value.figure.reason}); enter a number.`,
            }));
        }
    }
    return issues;
}
/** Bounds of an indicator: the catalog's, and 0–100 for any percentage. */
function boundsOf(indicator) {
    const percent = (0,_merge__WEBPACK_IMPORTED_MODULE_0__.measureKind)(indicator.unit) === 'percent';
    return {
        min: indicator.min ?? (percent ? 0 : undefined),
        max: indicator.max ?? (percent ? 100 : undefined),
    };
}
/** out_of_range: outside the catalog's min/max, a negative count, a percentage over 100, a fractional count. */
function checkRanges({ summary }) {
    const issues = [];
    for (const row of summary.rows) {
        const { indicator } = row;
        const { min, max } = boundsOf(indicator);
        for (const [unit, value] of Object.entries(row.values)) {
            const v = value.value;
            if (v === null)
                continue;
            const where = { unit, indicator: indicator.id, cell: value.cell };
            if (min !== undefined && v < min) {
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('out_of_range', { ...where,
                    vi: `«${indicator.name}» = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(v)} ${indicator.unit}, nhỏ hơn mức tối thiểu ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(min)}.`,
                    en: `"${indicator.nameEn ?? indicator.name}" = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(v)} ${indicator.unit}, below the minimum ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(min)}.` }));
            }
            else if (max !== undefined && v > max) {
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('out_of_range', { ...where,
                    vi: `«${indicator.name}» = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(v)} ${indicator.unit}, vượt mức tối đa ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(max)}.`,
                    en: `"${indicator.nameEn ?? indicator.name}" = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(v)} ${indicator.unit}, above the maximum ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(max)}.` }));
            }
            else if (indicator.integer && !Number.isInteger(v)) {
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('out_of_range', { ...where,
                    vi: `«${indicator.name}» là số đếm nhưng ghi ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(v)}; kiểm tra dấu chấm/phẩy phân cách.`,
                    en: `"${indicator.nameEn ?? indicator.name}" is a count but reads ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(v)}; check the separators.` }));
            }
        }
    }
    return issues;
}


/***/ },

/***/ "./src/core/check/index.ts"
/*!*********************************!*\
  !*** ./src/core/check/index.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   boundsOf: () => (/* reexport safe */ _figures__WEBPACK_IMPORTED_MODULE_2__.boundsOf),
/* harmony export */   checkSummary: () => (/* binding */ checkSummary)
/* harmony export */ });
/* harmony import */ var _issues__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../issues */ "./src/core/issues/index.ts");
/* harmony import */ var _completeness__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./completeness */ "./src/core/check/completeness.ts");
/* harmony import */ var _figures__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./figures */ "./src/core/check/figures.ts");
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./rules */ "./src/core/check/rules.ts");
/* harmony import */ var _duplicates__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./duplicates */ "./src/core/check/duplicates.ts");
/* harmony import */ var _labels__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(/*! ./labels */ "./src/core/check/labels.ts");
/* harmony import */ var _period__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(/*! ./period */ "./src/core/check/period.ts");
/* harmony import */ var _peers__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(/*! ./peers */ "./src/core/check/peers.ts");
/* harmony import */ var _previous__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(/*! ./previous */ "./src/core/check/previous.ts");










const CHECKS = [
    _completeness__WEBPACK_IMPORTED_MODULE_1__.checkMissingUnits, _period__WEBPACK_IMPORTED_MODULE_6__.checkPeriods, _completeness__WEBPACK_IMPORTED_MODULE_1__.checkMissingFigures, _figures__WEBPACK_IMPORTED_MODULE_2__.checkUnreadable, _figures__WEBPACK_IMPORTED_MODULE_2__.checkRanges,
    _rules__WEBPACK_IMPORTED_MODULE_3__.checkRules, _peers__WEBPACK_IMPORTED_MODULE_7__.checkPeers, _previous__WEBPACK_IMPORTED_MODULE_8__.checkAgainstPrevious, _duplicates__WEBPACK_IMPORTED_MODULE_4__.checkDuplicates, _labels__WEBPACK_IMPORTED_MODULE_5__.checkUnmatched,
];
/**
 * Runs every check and orders the issues by severity, then unit, then indicator order in the catalog.
 * @example checkSummary(ctx).filter((i) => i.code === 'out_of_range')
 */
function checkSummary(ctx) {
    const order = new Map(ctx.summary.rows.map((row, i) => [row.indicator.id, i]));
    const unitOrder = new Map(ctx.summary.units.map((u, i) => [u.name, i]));
    return CHECKS.flatMap((check) => check(ctx)).sort((a, b) => _issues__WEBPACK_IMPORTED_MODULE_0__.SEVERITY_ORDER[a.severity] - _issues__WEBPACK_IMPORTED_MODULE_0__.SEVERITY_ORDER[b.severity] ||
        (unitOrder.get(a.unit ?? '') ?? -1) - (unitOrder.get(b.unit ?? '') ?? -1) ||
        (order.get(a.indicator ?? '') ?? -1) - (order.get(b.indicator ?? '') ?? -1));
}


/***/ },

/***/ "./src/core/check/labels.ts"
/*!**********************************!*\
  !*** ./src/core/check/labels.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkUnmatched: () => (/* binding */ checkUnmatched)
/* harmony export */ });
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");

/** label_unmatched: a row the engine would not guess; a person decides on the mapping sheet. */
function checkUnmatched({ summary }) {
    const names = new Map(summary.catalog.indicators.map((i) => [i.id, i.name]));
    return summary.unmatched.map((u) => {
        const best = u.candidates.slice(0, 2).map((c) => `«${names.get(c.id) ?? c.id}»`).join(' hoặc ');
        return (0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('label_unmatched', {
            unit: u.unit, cell: u.cell,
            vi: `Chưa xác định được chỉ tiêu cho dòng «${u.label}»${best ? `; gần nhất: ${best}` : ''}. Hãy chọn trên trang «Đối chiếu».`,
            en: `No indicator decided for the row "${u.label}"${u.candidates.length ? `; closest: ${u.candidates.slice(0, 2).map((c) => c.id).join(' or ')}` : ''}.`,
        });
    });
}


/***/ },

/***/ "./src/core/check/peers.ts"
/*!*********************************!*\
  !*** ./src/core/check/peers.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPeers: () => (/* binding */ checkPeers)
/* harmony export */ });
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../merge */ "./src/core/merge/index.ts");
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");
/* harmony import */ var _statistics__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./statistics */ "./src/core/check/statistics.ts");



/** Fewer peers than this say nothing reliable about one unit. */
const MIN_PEERS = 5;
/** "About 1000×": a thousand-separator or đồng/triệu đồng slip lands far beyond this factor. */
const SCALE_FACTOR = 300;
const Z_LIMIT = 3.5;
/** An outlier must also differ in practice: 3× the typical unit, or 25 points for a percentage. */
const PRACTICAL_FACTOR = 3;
const PRACTICAL_POINTS = 25;
/**
 * scale_suspect and outlier: each unit's figure, divided by its size where the catalog says (per inhabitant, per
 * household), against its peers' median. Checks never change figures.
 */
function checkPeers({ summary }) {
    const byId = new Map(summary.rows.map((row) => [row.indicator.id, row]));
    const issues = [];
    for (const row of summary.rows) {
        const size = row.indicator.sizeBy ? byId.get(row.indicator.sizeBy) : undefined;
        const points = adjustedPoints(row, size);
        if (points.length < MIN_PEERS)
            continue;
        const percent = (0,_merge__WEBPACK_IMPORTED_MODULE_0__.measureKind)(row.indicator.unit) === 'percent';
        issues.push(...(percent ? percentOutliers(row, points) : countAnomalies(row, points, size !== undefined)));
    }
    return issues;
}
function adjustedPoints(row, size) {
    return Object.entries(row.values).flatMap(([unit, v]) => {
        if (typeof v.value !== 'number')
            return [];
        if (!size)
            return [{ unit, value: v.value, adjusted: v.value }];
        const s = size.values[unit]?.value;
        return typeof s === 'number' && s > 0 ? [{ unit, value: v.value, adjusted: v.value / s }] : [];
    });
}
function countAnomalies(row, points, perSize) {
    const positive = points.filter((p) => p.adjusted > 0);
    if (positive.length < MIN_PEERS)
        return [];
    const logs = positive.map((p) => Math.log10(p.adjusted));
    const center = (0,_statistics__WEBPACK_IMPORTED_MODULE_2__.median)(logs);
    const deviation = (0,_statistics__WEBPACK_IMPORTED_MODULE_2__.mad)(logs, center);
    const typical = 10 ** center;
    const issues = [];
    for (const p of positive) {
        const factor = p.adjusted / typical;
        const where = { unit: p.unit, indicator: row.indicator.id, cell: row.values[p.unit].cell };
        const basis = perSize ? ' (so theo quy mô dân số/hộ)' : '';
        const expected = perSize ? '' : `; thường khoảng ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(typical)}`;
        if (factor >= SCALE_FACTOR || factor <= 1 / SCALE_FACTOR) {
            issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('scale_suspect', { ...where,
                vi: `«${row.indicator.name}» = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(p.value)} ${row.indicator.unit}, gấp ${describeFactor(factor)} mức của các đơn vị khác${basis}${expected}. Có thể nhầm dấu phân cách hàng nghìn hoặc đơn vị tính (đồng/triệu đồng).`,
                en: `"${row.indicator.nameEn ?? row.indicator.name}" = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(p.value)}, about ${factor >= 1 ? (0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(Math.round(factor)) + '×' : '1/' + (0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(Math.round(1 / factor))} of its peers${perSize ? ' (per inhabitant/household)' : ''}: a thousand-separator or measure slip?` }));
        }
        else if (Math.abs((0,_statistics__WEBPACK_IMPORTED_MODULE_2__.modifiedZ)(Math.log10(p.adjusted), center, deviation)) > Z_LIMIT && (factor >= PRACTICAL_FACTOR || factor <= 1 / PRACTICAL_FACTOR)) {
            issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('outlier', { ...where,
                vi: `«${row.indicator.name}» = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(p.value)} ${row.indicator.unit}, khác thường so với các đơn vị khác (${describeFactor(factor)} mức trung vị${basis}); đề nghị kiểm tra lại.`,
                en: `"${row.indicator.nameEn ?? row.indicator.name}" = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(p.value)} is unusual against its peers (${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(Number(factor.toPrecision(2)))}× the median); please check.` }));
        }
    }
    return issues;
}
function percentOutliers(row, points) {
    const values = points.map((p) => p.value);
    const center = (0,_statistics__WEBPACK_IMPORTED_MODULE_2__.median)(values);
    const deviation = (0,_statistics__WEBPACK_IMPORTED_MODULE_2__.mad)(values, center);
    return points.flatMap((p) => {
        if (Math.abs(p.value - center) < PRACTICAL_POINTS || Math.abs((0,_statistics__WEBPACK_IMPORTED_MODULE_2__.modifiedZ)(p.value, center, deviation)) <= Z_LIMIT)
            return [];
        return [(0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('outlier', {
                unit: p.unit, indicator: row.indicator.id, cell: row.values[p.unit].cell,
                vi: `«${row.indicator.name}» = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(p.value)}%, khác xa mức trung vị ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(center)}% của các đơn vị; đề nghị kiểm tra lại.`,
                en: `"${row.indicator.nameEn ?? row.indicator.name}" = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(p.value)}% is far from the units' median ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(center)}%; please check.`,
            })];
    });
}
function describeFactor(factor) {
    return factor >= 1 ? `khoảng ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(Number(factor.toPrecision(2)))} lần` : `chỉ khoảng 1/${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(Number((1 / factor).toPrecision(2)))}`;
}


/***/ },

/***/ "./src/core/check/period.ts"
/*!**********************************!*\
  !*** ./src/core/check/period.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkPeriods: () => (/* binding */ checkPeriods)
/* harmony export */ });
/* harmony import */ var _consolidate_period__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../consolidate/period */ "./src/core/consolidate/period.ts");
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");


/** period_mismatch: a report whose title period differs from the period being consolidated. */
function checkPeriods({ summary, period }) {
    if (!period)
        return [];
    const target = (0,_consolidate_period__WEBPACK_IMPORTED_MODULE_0__.periodKey)(period);
    return summary.units.flatMap((unit) => {
        if (!unit.period || (0,_consolidate_period__WEBPACK_IMPORTED_MODULE_0__.periodKey)(unit.period) === target)
            return [];
        return [(0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('period_mismatch', {
                unit: unit.name,
                vi: `Báo cáo của ${unit.name} (${unit.source}) ghi kỳ «${unit.period}», khác kỳ đang tổng hợp «${period}».`,
                en: `The report of ${unit.name} (${unit.source}) is for "${unit.period}", not "${period}".`,
            })];
    });
}


/***/ },

/***/ "./src/core/check/previous.ts"
/*!************************************!*\
  !*** ./src/core/check/previous.ts ***!
  \************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkAgainstPrevious: () => (/* binding */ checkAgainstPrevious)
/* harmony export */ });
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../merge */ "./src/core/merge/index.ts");
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");


/** A thousand-separator slip moves a figure ~1000×; real change between two periods almost never reaches 300×. */
const SCALE_FACTOR = 300;
/** Counts rarely grow 5× or shrink to a fifth between periods; rates rarely move 30 points. */
const JUMP_FACTOR = 5;
const JUMP_POINTS = 30;
/** Small counts (2 → 11 inspections) jump by chance; they are not worth a flag. */
const MIN_ABSOLUTE_CHANGE = 20;
/** scale_suspect and outlier against the previous period's figure of the same unit, when one is given. */
function checkAgainstPrevious({ summary }) {
    const previous = summary.previous;
    if (!previous)
        return [];
    const issues = [];
    for (const row of summary.rows) {
        const { indicator } = row;
        const percent = (0,_merge__WEBPACK_IMPORTED_MODULE_0__.measureKind)(indicator.unit) === 'percent';
        for (const [unit, value] of Object.entries(row.values)) {
            const now = value.value;
            const before = previous.values[unit]?.[indicator.id];
            if (typeof now !== 'number' || typeof before !== 'number')
                continue;
            const where = { unit, indicator: indicator.id, cell: value.cell };
            const periodText = previous.period ? ` (${previous.period})` : '';
            if (percent) {
                if (Math.abs(now - before) < JUMP_POINTS)
                    continue;
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('outlier', { ...where,
                    vi: `«${indicator.name}» đổi từ ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(before)}% kỳ trước${periodText} thành ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(now)}%: thay đổi bất thường, đề nghị kiểm tra.`,
                    en: `"${indicator.nameEn ?? indicator.name}" moved from ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(before)}% to ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(now)}% since the previous period.` }));
                continue;
            }
            if (now <= 0 || before <= 0)
                continue;
            const factor = now / before;
            if (factor >= SCALE_FACTOR || factor <= 1 / SCALE_FACTOR) {
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('scale_suspect', { ...where,
                    vi: `«${indicator.name}» = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(now)}, kỳ trước${periodText} là ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(before)} (gấp khoảng ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(Number(factor >= 1 ? factor.toPrecision(2) : (1 / factor).toPrecision(2)))} lần${factor < 1 ? ' nhỏ hơn' : ''}). Có thể nhầm dấu phân cách hàng nghìn hoặc đơn vị tính.`,
                    en: `"${indicator.nameEn ?? indicator.name}" = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(now)} against ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(before)} in the previous period: a thousand-separator or measure slip?` }));
            }
            else if ((factor >= JUMP_FACTOR || factor <= 1 / JUMP_FACTOR) && Math.abs(now - before) >= MIN_ABSOLUTE_CHANGE) {
                issues.push((0,_context__WEBPACK_IMPORTED_MODULE_1__.makeIssue)('outlier', { ...where,
                    vi: `«${indicator.name}» = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(now)}, kỳ trước${periodText} là ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtVi)(before)}: thay đổi bất thường, đề nghị kiểm tra.`,
                    en: `"${indicator.nameEn ?? indicator.name}" = ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(now)} against ${(0,_context__WEBPACK_IMPORTED_MODULE_1__.fmtEn)(before)} in the previous period: an unusual jump.` }));
            }
        }
    }
    return issues;
}


/***/ },

/***/ "./src/core/check/rules.ts"
/*!*********************************!*\
  !*** ./src/core/check/rules.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRules: () => (/* binding */ checkRules)
/* harmony export */ });
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./context */ "./src/core/check/context.ts");

/** Relative tolerance for a reported rate against the rate recomputed from its parts (design.md). */
const RATIO_TOLERANCE = 0.02;
/** rule_violated: catalog rules between indicators of the same unit, ratio consistency, and measure conflicts. */
function checkRules(ctx) {
    const byId = new Map(ctx.summary.rows.map((row) => [row.indicator.id, row]));
    const issues = [];
    for (const row of ctx.summary.rows) {
        for (const rule of row.indicator.rules ?? []) {
            if ('lte' in rule)
                issues.push(...checkLte(row, byId.get(rule.lte)));
            else
                issues.push(...checkSumOfLte(row, rule.sumOfLte.map((id) => byId.get(id))));
        }
        const aggregate = row.indicator.aggregate;
        if (aggregate && typeof aggregate === 'object' && 'ratio' in aggregate) {
            issues.push(...checkRatio(row, byId.get(aggregate.ratio[0]), byId.get(aggregate.ratio[1]), aggregate.scale ?? 1));
        }
    }
    issues.push(...measureConflictIssues(ctx));
    return issues;
}
function numeric(value) {
    return value && typeof value.value === 'number' ? value.value : null;
}
function checkLte(row, other) {
    if (!other)
        return [];
    return Object.entries(row.values).flatMap(([unit, value]) => {
        const a = numeric(value);
        const b = numeric(other.values[unit]);
        if (a === null || b === null || a <= b)
            return [];
        return [(0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('rule_violated', {
                unit, indicator: row.indicator.id, cell: value.cell, related: [other.values[unit].cell],
                vi: `«${row.indicator.name}» (${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(a)}) lớn hơn «${other.indicator.name}» (${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(b)}); phải nhỏ hơn hoặc bằng.`,
                en: `"${row.indicator.nameEn ?? row.indicator.name}" (${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtEn)(a)}) exceeds "${other.indicator.nameEn ?? other.indicator.name}" (${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtEn)(b)}); it must not.`,
            })];
    });
}
function checkSumOfLte(whole, parts) {
    const present = parts.filter((p) => p !== undefined);
    if (present.length !== parts.length || present.length === 0)
        return [];
    return Object.entries(whole.values).flatMap(([unit, value]) => {
        const w = numeric(value);
        const figures = present.map((p) => numeric(p.values[unit]));
        if (w === null || figures.some((f) => f === null))
            return [];
        const sum = figures.reduce((s, f) => s + f, 0);
        if (sum <= w)
            return [];
        const names = present.map((p) => `«${p.indicator.name}»`).join(' + ');
        return [(0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('rule_violated', {
                unit, indicator: whole.indicator.id, cell: value.cell, related: present.map((p) => p.values[unit].cell),
                vi: `${names} = ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(sum)}, lớn hơn «${whole.indicator.name}» (${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(w)}); tổng các phần không được vượt tổng số.`,
                en: `The parts add up to ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtEn)(sum)}, more than "${whole.indicator.nameEn ?? whole.indicator.name}" (${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtEn)(w)}).`,
            })];
    });
}
function checkRatio(row, numerator, denominator, scale) {
    if (!numerator || !denominator)
        return [];
    return Object.entries(row.values).flatMap(([unit, value]) => {
        const reported = numeric(value);
        const n = numeric(numerator.values[unit]);
        const d = numeric(denominator.values[unit]);
        if (reported === null || n === null || d === null || d <= 0)
            return [];
        const expected = (n / d) * scale;
        const gap = expected === 0 ? Math.abs(reported) : Math.abs(reported - expected) / Math.abs(expected);
        if (gap <= RATIO_TOLERANCE)
            return [];
        return [(0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('rule_violated', {
                unit, indicator: row.indicator.id, cell: value.cell, related: [numerator.values[unit].cell, denominator.values[unit].cell],
                vi: `«${row.indicator.name}» ghi ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(reported)} nhưng tính từ ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(n)} / ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(d)}${scale !== 1 ? ` × ${scale}` : ''} được ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(expected)} (lệch ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtVi)(gap * 100)}%, quá 2%).`,
                en: `"${row.indicator.nameEn ?? row.indicator.name}" reads ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtEn)(reported)} but its parts give ${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtEn)(expected)} (${(0,_context__WEBPACK_IMPORTED_MODULE_0__.fmtEn)(gap * 100)}% apart, over 2%).`,
            })];
    });
}
function measureConflictIssues(ctx) {
    const names = new Map(ctx.summary.rows.map((row) => [row.indicator.id, row.indicator.name]));
    return ctx.measureConflicts.map((c) => (0,_context__WEBPACK_IMPORTED_MODULE_0__.makeIssue)('rule_violated', {
        unit: c.unit, indicator: c.indicatorId, cell: c.cell,
        vi: `Đơn vị tính «${c.from}» không đổi được sang «${c.to}» của chỉ tiêu «${names.get(c.indicatorId) ?? c.indicatorId}»; số liệu chưa được cộng.`,
        en: `The measure "${c.from}" cannot be converted to "${c.to}"; the figure was not added.`,
    }));
}


/***/ },

/***/ "./src/core/check/statistics.ts"
/*!**************************************!*\
  !*** ./src/core/check/statistics.ts ***!
  \**************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mad: () => (/* binding */ mad),
/* harmony export */   median: () => (/* binding */ median),
/* harmony export */   modifiedZ: () => (/* binding */ modifiedZ)
/* harmony export */ });
/** Robust statistics for peer comparisons: a single wrong figure cannot move them much. */
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Median absolute deviation. */
function mad(values, center = median(values)) {
    return median(values.map((v) => Math.abs(v - center)));
}
/**
 * Modified z-score (Iglewicz & Hoaglin): |z| > 3.5 marks an outlier.
 * @example modifiedZ(10, 1, 0.5) // 12.141
 */
function modifiedZ(value, center, deviation) {
    return deviation === 0 ? 0 : (0.6745 * (value - center)) / deviation;
}


/***/ },

/***/ "./src/core/consolidate/consolidate.ts"
/*!*********************************************!*\
  !*** ./src/core/consolidate/consolidate.ts ***!
  \*********************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   consolidate: () => (/* binding */ consolidate)
/* harmony export */ });
/* harmony import */ var _detect__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../detect */ "./src/core/detect/index.ts");
/* harmony import */ var _match__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../match */ "./src/core/match/index.ts");
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ../merge */ "./src/core/merge/index.ts");
/* harmony import */ var _check__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ../check */ "./src/core/check/index.ts");
/* harmony import */ var _check_context__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ../check/context */ "./src/core/check/context.ts");
/* harmony import */ var _period__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(/*! ./period */ "./src/core/consolidate/period.ts");






/**
 * The whole engine: grids in, the provincial summary and its issues out. Pure: the same grids give the same result.
 * @example consolidate(grids, { catalog: defaultCatalog, expectedUnits }).summary.rows[0].total
 */
function consolidate(grids, options) {
    const progress = options.onProgress ?? (() => undefined);
    const { units, skipped, unitIssues } = detectUnits(grids, options, progress);
    const matcher = (0,_match__WEBPACK_IMPORTED_MODULE_1__.createMatcher)(options.catalog);
    const matched = units.map((unit) => ({
        unit,
        rows: unit.report.rows.map((row) => ({ row, match: matcher.match(row.label) })),
    }));
    progress(1, 'match');
    const merged = (0,_merge__WEBPACK_IMPORTED_MODULE_2__.mergeReports)(matched, options.catalog);
    progress(1, 'merge');
    const seen = new Set(units.map((u) => u.name));
    const summary = {
        catalog: options.catalog,
        period: options.period ?? (0,_period__WEBPACK_IMPORTED_MODULE_5__.commonPeriod)(units.map((u) => u.period)),
        units,
        missingUnits: (options.expectedUnits ?? []).filter((name) => !seen.has(name)),
        rows: merged.rows,
        unmatched: merged.unmatched,
        mapping: merged.mapping,
        ...(options.previous ? { previous: options.previous } : {}),
    };
    const issues = [...unitIssues, ...(0,_check__WEBPACK_IMPORTED_MODULE_3__.checkSummary)({ summary, measureConflicts: merged.measureConflicts, period: summary.period })];
    progress(1, 'check');
    return { summary, issues, skipped };
}
/** One unit per report sheet; a second sheet for the same unit is never silently merged into the first. */
function detectUnits(grids, options, progress) {
    const units = [];
    const skipped = [];
    const unitIssues = [];
    const byName = new Map();
    grids.forEach((grid, i) => {
        const result = (0,_detect__WEBPACK_IMPORTED_MODULE_0__.detectReport)(grid, { expectedUnits: options.expectedUnits });
        const source = `${grid.source.file}#${grid.source.sheet}`;
        if (result.kind === 'not_report') {
            skipped.push({ source, reason: result.reason });
        }
        else {
            const report = result.report;
            const name = report.unit ?? fallbackUnitName(report);
            const first = byName.get(name);
            if (first) {
                skipped.push({ source, reason: `trùng đơn vị «${name}» với ${first.source}` });
                unitIssues.push((0,_check_context__WEBPACK_IMPORTED_MODULE_4__.makeIssue)('duplicate_conflict', {
                    unit: name,
                    cell: { file: grid.source.file, sheet: grid.source.sheet, address: 'A1' },
                    vi: `Có hai trang tính cùng là báo cáo của ${name}: ${first.source} và ${source}. Tổng hợp chỉ dùng ${first.source}; hãy bỏ bản thừa hoặc sửa tên đơn vị.`,
                    en: `Two sheets are reports of ${name}: ${first.source} and ${source}. Only ${first.source} was used.`,
                }));
            }
            else {
                const unit = { name, source, period: report.period, report };
                byName.set(name, unit);
                units.push(unit);
            }
        }
        if (i % 16 === 15)
            progress((i + 1) / grids.length, 'detect');
    });
    progress(1, 'detect');
    return { units, skipped, unitIssues };
}
/** Without a recognisable unit the sheet still counts, named after its file and sheet so a person can fix it. */
function fallbackUnitName(report) {
    return `${report.source.sheet} (${report.source.file})`;
}


/***/ },

/***/ "./src/core/consolidate/index.ts"
/*!***************************************!*\
  !*** ./src/core/consolidate/index.ts ***!
  \***************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commonPeriod: () => (/* reexport safe */ _period__WEBPACK_IMPORTED_MODULE_2__.commonPeriod),
/* harmony export */   consolidate: () => (/* reexport safe */ _consolidate__WEBPACK_IMPORTED_MODULE_0__.consolidate),
/* harmony export */   periodKey: () => (/* reexport safe */ _period__WEBPACK_IMPORTED_MODULE_2__.periodKey),
/* harmony export */   toReportJson: () => (/* reexport safe */ _report_json__WEBPACK_IMPORTED_MODULE_1__.toReportJson)
/* harmony export */ });
/* harmony import */ var _consolidate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./consolidate */ "./src/core/consolidate/consolidate.ts");
/* harmony import */ var _report_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./report-json */ "./src/core/consolidate/report-json.ts");
/* harmony import */ var _period__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./period */ "./src/core/consolidate/period.ts");





/***/ },

/***/ "./src/core/consolidate/period.ts"
/*!****************************************!*\
  !*** ./src/core/consolidate/period.ts ***!
  \****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commonPeriod: () => (/* binding */ commonPeriod),
/* harmony export */   periodKey: () => (/* binding */ periodKey)
/* harmony export */ });
/* harmony import */ var _detect_period__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../detect/period */ "./src/core/detect/period.ts");
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");


/** A comparable key for a period as written: "6 tháng đầu năm 2022" and "6T/2022" give the same key. */
function periodKey(period) {
    return (0,_detect_period__WEBPACK_IMPORTED_MODULE_0__.parsePeriod)(period)?.key ?? (0,_text__WEBPACK_IMPORTED_MODULE_1__.foldKey)(period);
}
/**
 * The period most reports give, used when none is set.
 * @example commonPeriod(["6 tháng đầu năm 2022", "6T/2022", "năm 2021"]) // "6 tháng đầu năm 2022"
 */
function commonPeriod(periods) {
    const counts = new Map();
    for (const p of periods) {
        if (!p)
            continue;
        const key = periodKey(p);
        const entry = counts.get(key) ?? { label: p, n: 0 };
        entry.n += 1;
        counts.set(key, entry);
    }
    let best = null;
    for (const entry of counts.values())
        if (!best || entry.n > best.n)
            best = entry;
    return best?.label ?? null;
}


/***/ },

/***/ "./src/core/consolidate/report-json.ts"
/*!*********************************************!*\
  !*** ./src/core/consolidate/report-json.ts ***!
  \*********************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toReportJson: () => (/* binding */ toReportJson)
/* harmony export */ });
/* harmony import */ var _address_address__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../address/address */ "./src/core/address/address.ts");

/**
 * The machine-readable result: every unit's figure per indicator (null when missing or unreadable), totals, issues.
 * @example toReportJson(result).indicators.find((i) => i.id === 'bts')?.total
 */
function toReportJson({ summary, issues }) {
    const unitNames = summary.units.map((u) => u.name);
    return {
        version: 1,
        period: summary.period,
        units: summary.units.map((u) => ({ name: u.name, source: u.source, period: u.period })),
        indicators: summary.rows.map((row) => ({
            id: row.indicator.id,
            name: row.indicator.name,
            unit: row.indicator.unit,
            total: row.total,
            values: Object.fromEntries(unitNames.map((name) => [name, row.values[name]?.value ?? null])),
        })),
        unmatched: summary.unmatched.map((u) => ({ unit: u.unit, label: u.label, cell: (0,_address_address__WEBPACK_IMPORTED_MODULE_0__.formatCellRef)(u.cell) })),
        issues: issues.map((i) => ({ code: i.code, severity: i.severity, unit: i.unit, indicator: i.indicator, cell: i.cell, message: i.message })),
    };
}


/***/ },

/***/ "./src/core/detect/detect-report.ts"
/*!******************************************!*\
  !*** ./src/core/detect/detect-report.ts ***!
  \******************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectReport: () => (/* binding */ detectReport)
/* harmony export */ });
/* harmony import */ var _address_address__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../address/address */ "./src/core/address/address.ts");
/* harmony import */ var _numbers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../numbers */ "./src/core/numbers/index.ts");
/* harmony import */ var _fold__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./fold */ "./src/core/detect/fold.ts");
/* harmony import */ var _header__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./header */ "./src/core/detect/header.ts");
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./layout */ "./src/core/detect/layout.ts");
/* harmony import */ var _period__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(/*! ./period */ "./src/core/detect/period.ts");
/* harmony import */ var _row_kinds__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(/*! ./row-kinds */ "./src/core/detect/row-kinds.ts");
/* harmony import */ var _sheet_text__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(/*! ./sheet-text */ "./src/core/detect/sheet-text.ts");
/* harmony import */ var _unit_name__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(/*! ./unit-name */ "./src/core/detect/unit-name.ts");









/** Rows searched for the header; real title blocks take 5 to 15. */
const HEADER_SCAN_ROWS = 40;
/** Columns read at all: a unit report is a few columns wide; a 16,000-column sheet is never walked. */
const MAX_COLS = 40;
/** Data rows read: real reports have tens to a few hundred. */
const ROW_CAP = 3000;
/**
 * Reads one worksheet as one unit's report: unit, period, header, label / result / measure columns and rows;
 * sheets that are not reports (instructions, unit lists, empty, prose, far too large) → not_report with a reason.
 * @example detectReport(grid, { expectedUnits: ['Huyện Bù Đốp'] }) // { kind: 'report', report: { unit: 'Huyện Bù Đốp', ... } }
 */
function detectReport(grid, options = {}) {
    const source = { file: grid.source.file, sheet: grid.source.sheet };
    const notReport = (reason) => ({ kind: 'not_report', source, reason });
    const sheetKey = (0,_fold__WEBPACK_IMPORTED_MODULE_2__.looseKey)(grid.name);
    if (/^(huong dan|hd|readme|ghi chu|chu thich)\b/.test(sheetKey))
        return notReport('Trang hướng dẫn, không phải báo cáo');
    if (/^(danh sach|ds|danh muc) don vi\b/.test(sheetKey))
        return notReport('Danh sách đơn vị, không phải báo cáo');
    const lastRow = lastContentRow(grid);
    if (lastRow < 0)
        return notReport('Trang tính trống');
    const notes = [];
    if (lastRow >= HEADER_SCAN_ROWS + ROW_CAP) {
        if (grid.truncated) {
            return notReport(`Trang tính quá lớn (${grid.truncated.rows} dòng × ${grid.truncated.cols} cột) để là báo cáo của một đơn vị`);
        }
    }
    else if (grid.truncated) {
        notes.push(`Trang tính lớn hơn vùng đã đọc (${grid.truncated.rows} dòng × ${grid.truncated.cols} cột); chỉ xét phần đã đọc.`);
    }
    const sheet = (0,_sheet_text__WEBPACK_IMPORTED_MODULE_7__.readSheetText)(grid, HEADER_SCAN_ROWS + ROW_CAP, MAX_COLS);
    const header = (0,_header__WEBPACK_IMPORTED_MODULE_3__.findHeader)(sheet, HEADER_SCAN_ROWS);
    const titleEnd = header ? header.row : null;
    const titlePeriod = titleEnd === null ? null : periodFromLines(titleLines(sheet, titleEnd));
    const laid = header ? (0,_layout__WEBPACK_IMPORTED_MODULE_4__.layoutFromHeader)(sheet, header, titlePeriod?.key ?? null) : (0,_layout__WEBPACK_IMPORTED_MODULE_4__.layoutWithoutHeader)(sheet);
    if (laid.kind === 'fail')
        return notReport(proseOrReason(sheet, laid.reason));
    const layout = laid.layout;
    const extracted = extractRows(grid, sheet, layout, header ? header.columns[layout.labelCol]?.text ?? null : null);
    const rows = extracted.rows;
    if (rows.length === 0)
        return notReport(proseOrReason(sheet, 'Không tìm thấy dòng chỉ tiêu nào'));
    if (!header && rows.filter((r) => (0,_layout__WEBPACK_IMPORTED_MODULE_4__.isFigure)(r.raw)).length < 2)
        return notReport('Không tìm thấy bảng chỉ tiêu có số liệu');
    if (rows.length >= 3 && rows.filter((r) => (0,_unit_name__WEBPACK_IMPORTED_MODULE_8__.parseUnitPhrase)(r.label) !== null).length >= rows.length * 0.6) {
        return notReport('Danh sách đơn vị, không phải báo cáo');
    }
    if (extracted.capped || lastRow >= sheet.rows)
        notes.push(`Chỉ đọc ${ROW_CAP.toLocaleString('vi-VN')} dòng dữ liệu đầu tiên; phần sau bị bỏ qua.`);
    const lines = titleLines(sheet, titleEnd ?? layout.firstRow);
    const period = (titleEnd === null ? periodFromLines(lines) : titlePeriod) ??
        (layout.valueHeader ? (0,_period__WEBPACK_IMPORTED_MODULE_5__.parsePeriod)(layout.valueHeader) : null) ??
        (0,_period__WEBPACK_IMPORTED_MODULE_5__.parsePeriod)(grid.name) ??
        (0,_period__WEBPACK_IMPORTED_MODULE_5__.parsePeriod)(grid.source.file);
    const expected = options.expectedUnits ?? [];
    const unit = (0,_unit_name__WEBPACK_IMPORTED_MODULE_8__.recogniseUnit)({ titleLines: lines, sheetName: grid.name, fileName: grid.source.file }, expected);
    if (unit.unit === null)
        notes.push('Không nhận ra tên đơn vị (tiêu đề, tên trang tính, tên tệp).');
    else if (expected.length > 0 && !unit.matched)
        notes.push(`Tên đơn vị "${unit.unit}" không có trong danh sách đơn vị.`);
    if (!period)
        notes.push('Không thấy kỳ báo cáo trong tiêu đề.');
    if (grid.hidden)
        notes.push('Trang tính đang bị ẩn trong tệp.');
    for (const encoding of sheet.encodings)
        notes.push(`Đã chuyển mã ${encoding === 'tcvn3' ? 'TCVN3' : 'VNI'} → Unicode.`);
    const hiddenRows = rows.filter((r) => r.hidden);
    if (hiddenRows.length > 0) {
        notes.push(`Có ${hiddenRows.length} dòng chỉ tiêu bị ẩn (${hiddenRows.slice(0, 5).map((r) => r.labelCell.address).join(', ')}${hiddenRows.length > 5 ? ', ...' : ''}).`);
    }
    const style = (0,_numbers__WEBPACK_IMPORTED_MODULE_1__.inferNumberStyle)(rows.map((r) => r.raw).filter((v) => typeof v === 'string'));
    if (style.style === 'en')
        notes.push('Số viết kiểu Anh (1,300.5): dấu phẩy ngăn nghìn, dấu chấm thập phân.');
    notes.push(...layout.notes);
    const report = {
        unit: unit.unit,
        unitEvidence: { from: unit.from, text: unit.text },
        period: period?.label ?? null,
        source,
        layout: {
            headerRow: header ? header.row : null,
            labelCol: layout.labelCol,
            valueCol: layout.valueCol,
            measureCol: layout.measureCol,
            valueHeader: layout.valueHeader,
            numberStyle: style.style,
        },
        rows,
        notes,
    };
    return { kind: 'report', report };
}
/** Last row holding anything, read from the end (cheap on sheets whose used range ends in content). */
function lastContentRow(grid) {
    for (let r = grid.values.length - 1; r >= 0; r--) {
        const row = grid.values[r] ?? [];
        const width = Math.min(row.length, MAX_COLS);
        for (let c = 0; c < width; c++) {
            const v = row[c];
            if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''))
                return r;
        }
    }
    return -1;
}
/** A sheet of prose (instructions, a letter) has long texts and no table. */
function proseOrReason(sheet, reason) {
    let long = 0;
    let cells = 0;
    for (let r = 0; r < Math.min(sheet.rows, 200); r++) {
        for (let c = 0; c < sheet.cols; c++) {
            const t = sheet.text(r, c);
            if (t === '')
                continue;
            cells += 1;
            if (t.length > 60)
                long += 1;
        }
    }
    const first = (0,_fold__WEBPACK_IMPORTED_MODULE_2__.looseKey)(sheet.text(0, 0) || sheet.text(0, 1));
    if (/^huong dan\b/.test(first))
        return 'Trang hướng dẫn, không phải báo cáo';
    if (cells > 0 && long >= cells / 3)
        return 'Trang văn bản, không có bảng chỉ tiêu';
    return reason;
}
/** Every text line of the rows above the table (title block), in reading order. */
function titleLines(sheet, end) {
    const lines = [];
    for (let r = 0; r < Math.min(end, sheet.rows); r++) {
        for (let c = 0; c < sheet.cols; c++) {
            const v = sheet.value(r, c);
            if (typeof v === 'string')
                lines.push(...v.split('\n'));
        }
    }
    return lines;
}
/** The period of a title block: lines that name the report first ("BÁO CÁO Kết quả ..."), then any line. */
function periodFromLines(lines) {
    const naming = lines.filter((l) => /\b(bao cao|ket qua|tinh hinh|so lieu|bieu|thong ke|tong hop)\b/.test((0,_fold__WEBPACK_IMPORTED_MODULE_2__.looseKey)(l)));
    for (const line of [...naming, ...lines]) {
        const p = (0,_period__WEBPACK_IMPORTED_MODULE_5__.parsePeriod)(line);
        if (p)
            return p;
    }
    return null;
}
/** Reads the data rows: sections remembered, blanks, notes and the signature block left out. */
function extractRows(grid, sheet, layout, labelHeader) {
    const origin = grid.origin ?? { row: 0, col: 0 };
    const ref = (r, c) => ({ file: grid.source.file, sheet: grid.source.sheet, address: (0,_address_address__WEBPACK_IMPORTED_MODULE_0__.cellAddress)(origin.row + r, origin.col + c) });
    const hidden = new Set(grid.hiddenRows ?? []);
    const rows = [];
    let section;
    const labelOf = (r) => (0,_layout__WEBPACK_IMPORTED_MODULE_4__.cellText)(sheet, r, layout.labelCol);
    const depthOf = (r) => (0,_row_kinds__WEBPACK_IMPORTED_MODULE_6__.numberingDepth)(labelOf(r)) ?? (layout.sttCol !== null ? (0,_row_kinds__WEBPACK_IMPORTED_MODULE_6__.sttDepth)((0,_layout__WEBPACK_IMPORTED_MODULE_4__.cellText)(sheet, r, layout.sttCol)) : null);
    for (let r = layout.firstRow; r < sheet.rows; r++) {
        if (rows.length >= ROW_CAP)
            return { rows, capped: true };
        const label = labelOf(r);
        const raw = (0,_layout__WEBPACK_IMPORTED_MODULE_4__.valueAt)(sheet, r, layout.valueCol);
        if (!(0,_layout__WEBPACK_IMPORTED_MODULE_4__.isFigure)(raw) && rowTexts(sheet, r).some(_row_kinds__WEBPACK_IMPORTED_MODULE_6__.isSignatureText))
            break;
        if (!(0,_row_kinds__WEBPACK_IMPORTED_MODULE_6__.isLabelText)(label))
            continue;
        if (raw === null && (0,_row_kinds__WEBPACK_IMPORTED_MODULE_6__.isNoteText)(label))
            break;
        // A header repeated on a new printed page.
        if (labelHeader !== null && label === labelHeader && typeof raw === 'string' && (0,_header__WEBPACK_IMPORTED_MODULE_3__.classifyHeader)(raw) !== 'unknown')
            continue;
        const measure = layout.measureCol !== null ? (0,_layout__WEBPACK_IMPORTED_MODULE_4__.cellText)(sheet, r, layout.measureCol) : '';
        if (raw === null && isSection(label, depthOf(r), measure, nextDepth(r))) {
            section = label;
            continue;
        }
        const numberFormat = grid.numberFormats?.[r]?.[layout.valueCol];
        rows.push({
            label,
            labelCell: ref(r, layout.labelCol),
            ...(measure !== '' ? { measure } : {}),
            raw,
            valueCell: ref(r, layout.valueCol),
            ...(numberFormat ? { numberFormat } : {}),
            ...(section !== undefined ? { section } : {}),
            ...(hidden.has(r) ? { hidden: true } : {}),
        });
    }
    return { rows, capped: false };
    function nextDepth(r) {
        for (let k = r + 1; k < Math.min(sheet.rows, r + 4); k++)
            if ((0,_row_kinds__WEBPACK_IMPORTED_MODULE_6__.isLabelText)(labelOf(k)))
                return depthOf(k);
        return null;
    }
}
function rowTexts(sheet, r) {
    const texts = [];
    for (let c = 0; c < sheet.cols; c++) {
        const v = sheet.value(r, c);
        if (typeof v === 'string')
            texts.push(v);
    }
    return texts;
}
/**
 * A row without a figure is a section heading when numbered I./A., written in capitals, ending in ":", or
 * heading more deeply numbered rows (1. over 1.1, a), -) while naming no measure.
 */
function isSection(label, depth, measure, next) {
    if (depth === 0 || (0,_row_kinds__WEBPACK_IMPORTED_MODULE_6__.isCapsHeading)(label) || /:\s*$/.test(label))
        return true;
    if (measure !== '' || next === null)
        return false;
    return depth === null ? next >= 10 : next > depth;
}


/***/ },

/***/ "./src/core/detect/fold.ts"
/*!*********************************!*\
  !*** ./src/core/detect/fold.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   foldAligned: () => (/* binding */ foldAligned),
/* harmony export */   looseKey: () => (/* binding */ looseKey)
/* harmony export */ });
/**
 * Folding helpers local to detect. They are deliberately small and stable: header, period and unit rules
 * below are written against exactly this form, whatever the matching stage's key does.
 */
/** One character → lower case, no diacritics, đ → d; always one UTF-16 unit so indexes stay aligned. */
function foldChar(ch) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    return base === 'đ' ? 'd' : base;
}
/**
 * Folds text character by character, keeping every index aligned with the NFC input, so a match found in
 * the folded form can be cut out of the original (with its diacritics).
 * @example foldAligned('HUYỆN Bù Đốp') // "huyen bu dop"
 */
function foldAligned(nfc) {
    let out = '';
    for (let i = 0; i < nfc.length; i++)
        out += foldChar(nfc.charAt(i));
    return out;
}
/**
 * Loose key: lower case, no diacritics, đ → d, every run of other characters → one space.
 * @example looseKey('Thực hiện 6T/2022') // "thuc hien 6t 2022"
 */
function looseKey(text) {
    return foldAligned(text.normalize('NFC'))
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}


/***/ },

/***/ "./src/core/detect/header.ts"
/*!***********************************!*\
  !*** ./src/core/detect/header.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseValueColumn: () => (/* binding */ chooseValueColumn),
/* harmony export */   classifyHeader: () => (/* binding */ classifyHeader),
/* harmony export */   findHeader: () => (/* binding */ findHeader)
/* harmony export */ });
/* harmony import */ var _fold__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./fold */ "./src/core/detect/fold.ts");
/* harmony import */ var _period__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./period */ "./src/core/detect/period.ts");


// Columns that hold figures but never the result: plan, comparison, rate, same period last year, difference.
const EXCLUDED = /\b(ke hoach|kh|so sanh|so voi|ty le|ti le|cung ky|ky truoc|nam truoc|tang giam|tang|giam|chenh lech|muc tieu|chi tieu giao|giao)\b/;
const STRONG_VALUE = /\b(thuc hien|th|ket qua|so lieu|so luong|gia tri|ky nay|ky bao cao|tong so)\b/;
const WEAK_VALUE = /\b(luy ke|uoc|\d{1,2} thang|quy|nam|ca nam)\b/;
const LABEL = /^(?:ten )?(chi tieu|noi dung|danh muc|hang muc|linh vuc|nhiem vu|cong viec|ten)\b/;
/**
 * Classifies a header text ("Thực hiện 6 tháng" → value, "Kế hoạch năm 2022" → excluded, "ĐVT" → measure).
 * @example classifyHeader('Tỷ lệ đạt (%)') // "excluded"
 */
function classifyHeader(text) {
    const h = (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(text);
    if (h === '')
        return 'unknown';
    if (/^(stt|tt|so tt|so thu tu)$/.test(h))
        return 'stt';
    if (/\b(dvt|don vi tinh|d v t)\b/.test(h) || h === 'don vi')
        return 'measure';
    if (/\bghi chu\b/.test(h))
        return 'note';
    if (EXCLUDED.test(h) || text.includes('%'))
        return 'excluded';
    if (LABEL.test(h) && !/\d{4}/.test(h))
        return 'label';
    if (STRONG_VALUE.test(h) || WEAK_VALUE.test(h) || yearOf(h) !== null)
        return 'value';
    return 'unknown';
}
function yearOf(folded) {
    const years = [...folded.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
    return years.length > 0 ? Math.max(...years) : null;
}
function scoreColumns(columns) {
    const known = columns.filter((c) => c.role !== 'unknown').length;
    const hasLabel = columns.some((c) => c.role === 'label');
    const hasValue = columns.some((c) => c.role === 'value');
    if (known < 2 || (!hasLabel && !hasValue))
        return 0;
    // Long cells are titles or prose ("BÁO CÁO Kết quả thực hiện ..."), not headers.
    if (columns.some((c) => c.text.length > 80))
        return 0;
    return known + (hasLabel ? 2 : 0) + (hasValue ? 2 : 0);
}
/** Header text of each column for a header spanning rows top..bottom; merged cells spread their text. */
function composeColumns(sheet, top, bottom, fillRight) {
    const columns = [];
    for (let c = 0; c < sheet.cols; c++) {
        const parts = [];
        for (let r = top; r <= bottom; r++) {
            const owner = sheet.owner(r, c);
            let text = owner ? (owner.row >= top && owner.row < r ? '' : sheet.text(owner.row, owner.col)) : sheet.text(r, c);
            // Without merge information, a group title over two sub-columns ("Năm 2022" over "Kế hoạch | Thực hiện")
            // sits in the left cell only: carry it right while the row below has sub-headers.
            if (text === '' && fillRight && r < bottom && sheet.text(bottom, c) !== '') {
                for (let k = c - 1; k >= 0 && sheet.text(bottom, k) !== ''; k--) {
                    if (sheet.text(r, k) !== '') {
                        text = sheet.text(r, k);
                        break;
                    }
                }
            }
            if (text !== '' && !parts.includes(text))
                parts.push(text);
        }
        const text = parts.join(' ').replace(/\s+/g, ' ').trim();
        columns.push({ col: c, text, role: classifyHeader(text) });
    }
    return columns;
}
/** A row that can only be the second row of a header: every cell is a header word, none is a number. */
function isSubHeaderRow(sheet, r) {
    let cells = 0;
    for (let c = 0; c < sheet.cols; c++) {
        if (sheet.owner(r, c))
            continue;
        const v = sheet.value(r, c);
        if (v === null)
            continue;
        if (typeof v !== 'string' || classifyHeader(v) === 'unknown')
            return false;
        cells += 1;
    }
    return cells > 0;
}
/**
 * Finds the header row (or the two rows of a two-row header) in the first `scanRows` rows; null when none.
 * @example findHeader(sheet, 40)?.columns.map((c) => c.role) // ["stt", "label", "measure", "excluded", "value", "note"]
 */
function findHeader(sheet, scanRows) {
    const hasMerges = Array.from({ length: Math.min(sheet.rows, scanRows) }).some((_, r) => Array.from({ length: sheet.cols }).some((__, c) => sheet.owner(r, c) !== null));
    let best = null;
    let bestScore = 0;
    for (let r = 0; r < Math.min(sheet.rows, scanRows); r++) {
        const single = composeColumns(sheet, r, r, false);
        const singleScore = scoreColumns(single);
        if (singleScore > bestScore) {
            best = { row: r, lastRow: r, columns: single };
            bestScore = singleScore;
        }
        if (r + 1 < sheet.rows && singleScore > 0 && isSubHeaderRow(sheet, r + 1)) {
            const double = composeColumns(sheet, r, r + 1, !hasMerges);
            const doubleScore = scoreColumns(double);
            if (doubleScore >= singleScore && doubleScore >= bestScore) {
                best = { row: r, lastRow: r + 1, columns: double };
                bestScore = doubleScore;
            }
        }
    }
    return best;
}
/**
 * Chooses the result column among value-like headers: the one naming the report's period, else the latest
 * year, else the strongest word (Thực hiện before Lũy kế before Ước); equal candidates → ambiguous.
 * @example chooseValueColumn(columns, '2022-Y') // { kind: 'chosen', col: 4, header: 'Năm 2022' }
 */
function chooseValueColumn(columns, periodKey) {
    const ranked = columns
        .filter((c) => c.role === 'value')
        .map((c) => {
        const h = (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(c.text);
        const period = (0,_period__WEBPACK_IMPORTED_MODULE_1__.parsePeriod)(c.text);
        const strength = (STRONG_VALUE.test(h) ? 2 : 1) - (/\buoc\b/.test(h) ? 1 : 0) - (/\bluy ke\b/.test(h) ? 0.5 : 0);
        return { c, rank: [period !== null && period.key === periodKey ? 1 : 0, yearOf(h) ?? 0, strength] };
    })
        .sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1] || b.rank[2] - a.rank[2]);
    if (ranked.length === 0)
        return { kind: 'none' };
    const [first, second] = ranked;
    if (second && second.rank.every((v, i) => v === first.rank[i])) {
        return { kind: 'ambiguous', headers: ranked.filter((x) => x.rank.every((v, i) => v === first.rank[i])).map((x) => x.c.text) };
    }
    return { kind: 'chosen', col: first.c.col, header: first.c.text };
}


/***/ },

/***/ "./src/core/detect/index.ts"
/*!**********************************!*\
  !*** ./src/core/detect/index.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseValueColumn: () => (/* reexport safe */ _header__WEBPACK_IMPORTED_MODULE_3__.chooseValueColumn),
/* harmony export */   classifyHeader: () => (/* reexport safe */ _header__WEBPACK_IMPORTED_MODULE_3__.classifyHeader),
/* harmony export */   detectReport: () => (/* reexport safe */ _detect_report__WEBPACK_IMPORTED_MODULE_0__.detectReport),
/* harmony export */   findHeader: () => (/* reexport safe */ _header__WEBPACK_IMPORTED_MODULE_3__.findHeader),
/* harmony export */   matchUnitName: () => (/* reexport safe */ _unit_name__WEBPACK_IMPORTED_MODULE_1__.matchUnitName),
/* harmony export */   parsePeriod: () => (/* reexport safe */ _period__WEBPACK_IMPORTED_MODULE_2__.parsePeriod),
/* harmony export */   parseUnitFromName: () => (/* reexport safe */ _unit_name__WEBPACK_IMPORTED_MODULE_1__.parseUnitFromName),
/* harmony export */   parseUnitPhrase: () => (/* reexport safe */ _unit_name__WEBPACK_IMPORTED_MODULE_1__.parseUnitPhrase),
/* harmony export */   recogniseUnit: () => (/* reexport safe */ _unit_name__WEBPACK_IMPORTED_MODULE_1__.recogniseUnit),
/* harmony export */   samePeriod: () => (/* reexport safe */ _period__WEBPACK_IMPORTED_MODULE_2__.samePeriod)
/* harmony export */ });
/* harmony import */ var _detect_report__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./detect-report */ "./src/core/detect/detect-report.ts");
/* harmony import */ var _unit_name__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./unit-name */ "./src/core/detect/unit-name.ts");
/* harmony import */ var _period__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./period */ "./src/core/detect/period.ts");
/* harmony import */ var _header__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./header */ "./src/core/detect/header.ts");
// Detect: one worksheet → one unit's report (unit, period, layout, rows), or the reason it is not one.






/***/ },

/***/ "./src/core/detect/layout.ts"
/*!***********************************!*\
  !*** ./src/core/detect/layout.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cellText: () => (/* binding */ cellText),
/* harmony export */   isFigure: () => (/* binding */ isFigure),
/* harmony export */   layoutFromHeader: () => (/* binding */ layoutFromHeader),
/* harmony export */   layoutWithoutHeader: () => (/* binding */ layoutWithoutHeader),
/* harmony export */   valueAt: () => (/* binding */ valueAt)
/* harmony export */ });
/* harmony import */ var _numbers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../numbers */ "./src/core/numbers/index.ts");
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");
/* harmony import */ var _header__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./header */ "./src/core/detect/header.ts");
/* harmony import */ var _row_kinds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./row-kinds */ "./src/core/detect/row-kinds.ts");




/** Rows read to weigh columns; enough for any report, bounded for huge sheets. */
const SAMPLE_ROWS = 300;
/** Text of a cell, taking the text of a merge that starts in the same row further left. */
function cellText(sheet, r, c) {
    const owner = sheet.owner(r, c);
    if (!owner)
        return sheet.text(r, c);
    return owner.row === r ? sheet.text(owner.row, owner.col) : '';
}
/** A value cell: a cell covered by a merge has no value of its own (a section title spread across the row). */
function valueAt(sheet, r, c) {
    return sheet.owner(r, c) ? null : sheet.value(r, c);
}
/** Whether a cell holds a figure: a number, or text the figure parser reads as a number ("1.300", "16,2%"). */
function isFigure(v) {
    if (typeof v === 'number')
        return true;
    return typeof v === 'string' && (0,_numbers__WEBPACK_IMPORTED_MODULE_0__.parseFigure)(v).kind === 'number';
}
function isLabelCell(sheet, r, c) {
    const t = cellText(sheet, r, c);
    return (0,_row_kinds__WEBPACK_IMPORTED_MODULE_3__.isLabelText)(t) && t.length <= 300 && !isFigure(t);
}
/** How much a cell looks like an indicator label: short measure words ("trạm", "thuê bao") count a quarter. */
function labelWeight(sheet, r, c) {
    if (!isLabelCell(sheet, r, c))
        return 0;
    const t = cellText(sheet, r, c);
    return t.split(/\s+/).length <= 3 && (0,_text__WEBPACK_IMPORTED_MODULE_1__.isMeasureText)(t) ? 0.25 : 1;
}
/** The column with the most label-like texts among `cols`, from row `from`; null when fewer than two. */
function bestLabelColumn(sheet, cols, from) {
    let best = null;
    let bestScore = 1.5;
    for (const c of cols) {
        let score = 0;
        for (let r = from; r < Math.min(sheet.rows, from + SAMPLE_ROWS); r++)
            score += labelWeight(sheet, r, c);
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}
/** How many label rows have a figure in column c. */
function figureCount(sheet, labelCol, c, from) {
    let count = 0;
    for (let r = from; r < Math.min(sheet.rows, from + SAMPLE_ROWS); r++) {
        if (isLabelCell(sheet, r, labelCol) && isFigure(valueAt(sheet, r, c)))
            count += 1;
    }
    return count;
}
/** A column holding measure words ("trạm", "%", "thuê bao") more than anything else. */
function isMeasureColumn(sheet, c, from) {
    let measures = 0;
    let others = 0;
    for (let r = from; r < Math.min(sheet.rows, from + SAMPLE_ROWS); r++) {
        const t = cellText(sheet, r, c);
        if (t === '')
            continue;
        if ((0,_text__WEBPACK_IMPORTED_MODULE_1__.isMeasureText)(t))
            measures += 1;
        else
            others += 1;
    }
    return measures >= 2 && measures > others;
}
/** The figure column next to the labels (skipping a measure column), among the allowed columns. */
function nearestFigureColumn(sheet, labelCol, allowed, from) {
    for (let c = labelCol + 1; c < sheet.cols; c++) {
        if (!allowed(c))
            continue;
        if (figureCount(sheet, labelCol, c, from) >= 2)
            return c;
    }
    return null;
}
/** Skips a row of column numbers ("1 | 2 | 3", "(1) | (2)") right under the header. */
function skipColumnNumbers(sheet, r) {
    let cells = 0;
    for (let c = 0; c < sheet.cols; c++) {
        if (sheet.owner(r, c))
            continue;
        const t = sheet.text(r, c);
        if (t === '')
            continue;
        if (!(0,_row_kinds__WEBPACK_IMPORTED_MODULE_3__.isColumnNumberText)(t))
            return r;
        cells += 1;
    }
    return cells >= 2 ? r + 1 : r;
}
/**
 * Lays the table out from its header: label, result, measure and STT columns, and the first data row.
 * @example layoutFromHeader(sheet, header, '2022-H1') // { kind: 'ok', layout: { labelCol: 1, valueCol: 4, ... } }
 */
function layoutFromHeader(sheet, header, periodKey) {
    const firstRow = skipColumnNumbers(sheet, header.lastRow + 1);
    const role = (c) => header.columns[c]?.role ?? 'unknown';
    const labelCandidates = header.columns.filter((c) => c.role === 'label').map((c) => c.col);
    let labelCol = labelCandidates.length === 1
        ? labelCandidates[0]
        : bestLabelColumn(sheet, labelCandidates.length > 1 ? labelCandidates : header.columns.filter((c) => c.role === 'unknown').map((c) => c.col), firstRow);
    if (labelCol === null)
        return { kind: 'fail', reason: 'Không tìm thấy cột chỉ tiêu (Chỉ tiêu / Nội dung)' };
    // A label header over numbering only ("Nội dung" above "1.", "2.") with the text one column right, unmerged.
    if (bestLabelColumn(sheet, [labelCol], firstRow) === null && role(labelCol + 1) === 'unknown' && bestLabelColumn(sheet, [labelCol + 1], firstRow) !== null) {
        labelCol += 1;
    }
    const notes = [];
    const measureCol = header.columns.find((c) => c.role === 'measure')?.col ?? null;
    const sttCol = header.columns.find((c) => c.role === 'stt')?.col ?? null;
    const choice = (0,_header__WEBPACK_IMPORTED_MODULE_2__.chooseValueColumn)(header.columns, periodKey);
    if (choice.kind === 'ambiguous') {
        return { kind: 'fail', reason: `Không xác định được cột kết quả: các cột ${choice.headers.map((h) => `"${h}"`).join(', ')} ngang nhau` };
    }
    let valueCol;
    let valueHeader;
    if (choice.kind === 'chosen') {
        valueCol = choice.col;
        valueHeader = choice.header;
    }
    else {
        // No header names the result: only an unnamed column may hold it, never Kế hoạch, So sánh or Ghi chú.
        const found = nearestFigureColumn(sheet, labelCol, (c) => role(c) === 'unknown' && c !== labelCol, firstRow);
        if (found === null)
            return { kind: 'fail', reason: 'Không tìm thấy cột kết quả (Thực hiện / Kết quả / Số liệu)' };
        valueCol = found;
        valueHeader = header.columns[found]?.text || null;
        notes.push('Không có cột mang tên Thực hiện / Kết quả; đã lấy cột số liệu chưa đặt tên cạnh cột chỉ tiêu.');
    }
    if (valueCol === labelCol)
        return { kind: 'fail', reason: 'Không tìm thấy cột kết quả (Thực hiện / Kết quả / Số liệu)' };
    return { kind: 'ok', layout: { labelCol, valueCol, measureCol, sttCol, valueHeader, firstRow, notes } };
}
/**
 * Lays out a sheet without a header row: the column with most labels, the figure column next to it, a measure
 * column between them when there is one; the table starts at the first label with a figure.
 * @example layoutWithoutHeader(sheet) // { kind: 'ok', layout: { labelCol: 0, valueCol: 1, measureCol: null, ... } }
 */
function layoutWithoutHeader(sheet) {
    const all = Array.from({ length: sheet.cols }, (_, c) => c);
    const labelCol = bestLabelColumn(sheet, all, 0);
    if (labelCol === null)
        return { kind: 'fail', reason: 'Không tìm thấy bảng chỉ tiêu có số liệu' };
    const valueCol = nearestFigureColumn(sheet, labelCol, () => true, 0);
    if (valueCol === null)
        return { kind: 'fail', reason: 'Không tìm thấy bảng chỉ tiêu có số liệu' };
    let measureCol = null;
    for (let c = labelCol + 1; c < valueCol; c++)
        if (isMeasureColumn(sheet, c, 0))
            measureCol = c;
    let firstRow = 0;
    while (firstRow < sheet.rows && !(isLabelCell(sheet, firstRow, labelCol) && isFigure(valueAt(sheet, firstRow, valueCol))))
        firstRow += 1;
    const notes = ['Không có dòng tiêu đề cột; đã lấy cột số liệu ngay cạnh cột chỉ tiêu.'];
    const sttCol = labelCol > 0 ? labelCol - 1 : null;
    return { kind: 'ok', layout: { labelCol, valueCol, measureCol, sttCol, valueHeader: null, firstRow, notes } };
}


/***/ },

/***/ "./src/core/detect/period.ts"
/*!***********************************!*\
  !*** ./src/core/detect/period.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePeriod: () => (/* binding */ parsePeriod),
/* harmony export */   samePeriod: () => (/* binding */ samePeriod)
/* harmony export */ });
/* harmony import */ var _fold__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./fold */ "./src/core/detect/fold.ts");

const ROMAN = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_LABEL = ['', 'I', 'II', 'III', 'IV'];
const WORD_NUMBER = { ba: 3, sau: 6, chin: 9 };
// Dates ("ngày 20 tháng 6 năm 2022", "ngày 20/6/2022") name a day, not a period: blank them out first.
const DATE = /\bngay\s+\d{1,2}\s+(?:thang\s+)?\d{1,2}\s+(?:nam\s+)?\d{4}\b/g;
function yearOf(text) {
    if (!text)
        return null;
    const y = Number(text);
    return y >= 1990 && y <= 2099 ? y : null;
}
/** "N tháng (đầu|cuối) năm": 6 → half year, 12 → year, 3 → first quarter, otherwise N months cumulative. */
function monthsPeriod(n, part, year) {
    if (part === 'cuoi')
        return n === 6 ? { label: `6 tháng cuối năm ${year}`, key: `${year}-H2` } : null;
    if (n === 6)
        return { label: `6 tháng đầu năm ${year}`, key: `${year}-H1` };
    if (n === 12)
        return { label: `năm ${year}`, key: `${year}-Y` };
    if (n === 3)
        return { label: `quý I/${year}`, key: `${year}-Q1` };
    if (n >= 1 && n <= 11)
        return { label: `${n} tháng năm ${year}`, key: `${year}-M${n}` };
    return null;
}
function quarterPeriod(q, year) {
    return { label: `quý ${ROMAN_LABEL[q]}/${year}`, key: `${year}-Q${q}` };
}
function findAll(f) {
    const found = [];
    const add = (m, year, make) => found.push({ index: m.index, length: m[0].length, year: yearOf(year), make });
    let m;
    const months = /\b(\d{1,2}|ba|sau|chin) thang(?: (dau|cuoi))?(?: nam)?(?: (\d{4})\b)?/g;
    while ((m = months.exec(f))) {
        const n = WORD_NUMBER[m[1]] ?? Number(m[1]);
        const part = m[2];
        add(m, m[3], (y) => monthsPeriod(n, part, y));
    }
    // "6T/2022", "9T2024": the short form used in sheet names and headers.
    const short = /\b(\d{1,2})t ?(\d{4})\b/g;
    while ((m = short.exec(f))) {
        const n = Number(m[1]);
        add(m, m[2], (y) => monthsPeriod(n, undefined, y));
    }
    const quarter = /\bquy (iv|iii|ii|i|[1-4])\b(?: nam)?(?: (\d{4})\b)?/g;
    while ((m = quarter.exec(f))) {
        const q = ROMAN[m[1]] ?? Number(m[1]);
        add(m, m[2], (y) => quarterPeriod(q, y));
    }
    const month = /\bthang (\d{1,2})\b(?: nam)?(?: (\d{4})\b)?/g;
    while ((m = month.exec(f))) {
        const n = Number(m[1]);
        add(m, m[2], (y) => (n >= 1 && n <= 12 ? { label: `tháng ${n}/${y}`, key: `${y}-${String(n).padStart(2, '0')}` } : null));
    }
    const year = /\bnam (\d{4})\b(?! \d)/g;
    while ((m = year.exec(f)))
        add(m, m[1], (y) => ({ label: `năm ${y}`, key: `${y}-Y` }));
    return found.sort((a, b) => a.index - b.index || b.length - a.length);
}
/**
 * Finds the first reporting period written in a text; a period written without its year ("6 tháng đầu năm và
 * phương hướng 6 tháng cuối năm 2022") takes the next year written after it. Dates are not periods.
 * @example parsePeriod('BÁO CÁO Kết quả 6 tháng đầu năm 2022') // { label: '6 tháng đầu năm 2022', key: '2022-H1' }
 */
function parsePeriod(text) {
    const f = (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(text).replace(DATE, (d) => ' '.repeat(d.length));
    const periods = [];
    for (const hit of findAll(f)) {
        let year = hit.year;
        if (year === null) {
            const later = /\b(\d{4})\b/g;
            later.lastIndex = hit.index + hit.length;
            let y;
            while ((y = later.exec(f)) && year === null)
                year = yearOf(y[1]);
        }
        const period = year === null ? null : hit.make(year);
        if (period)
            periods.push(period);
    }
    const first = periods[0];
    if (!first || !first.key.endsWith('-Y'))
        return first ?? null;
    // "Kế hoạch chuyển đổi số năm 2022 ... 6 tháng đầu năm 2022": the year names the plan, the finer period the report.
    const year = first.key.slice(0, 4);
    return periods.find((p) => p.key.startsWith(year) && !p.key.endsWith('-Y')) ?? first;
}
/**
 * Whether two period texts name the same period ("6T/2022" and "6 tháng đầu năm 2022"); unparsable texts
 * are compared as folded text.
 * @example samePeriod('quý 3 năm 2023', 'Quý III/2023') // true
 */
function samePeriod(a, b) {
    const pa = parsePeriod(a);
    const pb = parsePeriod(b);
    if (pa && pb)
        return pa.key === pb.key;
    if (pa || pb)
        return false;
    const ka = (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(a);
    return ka !== '' && ka === (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(b);
}


/***/ },

/***/ "./src/core/detect/row-kinds.ts"
/*!**************************************!*\
  !*** ./src/core/detect/row-kinds.ts ***!
  \**************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isCapsHeading: () => (/* binding */ isCapsHeading),
/* harmony export */   isColumnNumberText: () => (/* binding */ isColumnNumberText),
/* harmony export */   isLabelText: () => (/* binding */ isLabelText),
/* harmony export */   isNoteText: () => (/* binding */ isNoteText),
/* harmony export */   isSignatureText: () => (/* binding */ isSignatureText),
/* harmony export */   numberingDepth: () => (/* binding */ numberingDepth),
/* harmony export */   sttDepth: () => (/* binding */ sttDepth)
/* harmony export */ });
/* harmony import */ var _fold__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./fold */ "./src/core/detect/fold.ts");

/** How deep a label's numbering sits: 0 for I./A., the dot count for 1./1.1, 10 for a), 11 for -/+; null = none. */
function numberingDepth(label) {
    const t = label.trim();
    // "I. BƯU CHÍNH", "A - VIỄN THÔNG"; a lone capital needs its punctuation ("A. ...", not "A Lưới").
    if (/^(?:[IVX]{1,4}|[A-Z])\s*[.):/-]/.test(t))
        return 0;
    // "1.", "1.1", "2)" but not "4G ..." or "5G": digits are meaning unless a separator follows.
    const arabic = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.|\)|\s*[-:/]\s|\s)\s*(?=\S)/.exec(t);
    if (arabic)
        return arabic[1].split('.').length;
    if (/^[a-zđ]\s*[).]\s*\S/.test(t))
        return 10;
    if (/^[-+*•–]\s*\S/.test(t))
        return 11;
    return null;
}
/** Numbering written in an STT cell ("I", "1", "1.1", "a", "-"), read like label numbering. */
function sttDepth(stt) {
    const t = stt.trim();
    if (t === '')
        return null;
    if (/^(?:[IVX]{1,4}|[A-Z])\.?$/.test(t))
        return 0;
    if (/^\d{1,2}(?:\.\d{1,2})*\.?$/.test(t))
        return t.replace(/\.$/, '').split('.').length;
    if (/^[a-zđ][.)]?$/.test(t))
        return 10;
    if (/^[-+*•–]$/.test(t))
        return 11;
    return null;
}
/** An all-capitals heading of two words or more ("BƯU CHÍNH, VIỄN THÔNG"). */
function isCapsHeading(label) {
    const letters = label.replace(/[^\p{L}]/gu, '');
    return letters.length >= 4 && letters === letters.toUpperCase() && /\S\s+\S/.test(label.trim());
}
/** A label worth keeping: it has words, not only digits and punctuation. */
function isLabelText(text) {
    return (text.match(/\p{L}/gu) ?? []).length >= 2;
}
/** "Ghi chú: ...", "* Lưu ý", "Nguồn: ...": notes under the table. */
function isNoteText(text) {
    return /^(ghi chu|luu y|chu thich|nguon so lieu|nguon)\b/.test((0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(text));
}
const SIGNATURE = /^(noi nhan|tm|t m|kt|k t|tl|tuq|chu tich|pho chu tich|nguoi lap|nguoi lap bieu|thu truong|truong phong|pho truong phong|giam doc|pho giam doc|xac nhan|ky ghi ro|ky ten|luu vt|luu van thu)\b/;
/** The signature block starts here: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Người lập biểu", a date line. */
function isSignatureText(text) {
    const k = (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(text);
    if (SIGNATURE.test(k))
        return true;
    // "Bù Đốp, ngày 20 tháng 6 năm 2022" (or with dots for the day to be filled in).
    return text.length <= 80 && /(^|,\s*)ngày\b/i.test(text) && /\bngay\b.*\bthang\b.*\bnam\b/.test(k);
}
/** A row of column numbers under the header: "1 | 2 | 3", "(1) | (2)", "A | B | 1 | 2 | 3=2/1". */
function isColumnNumberText(text) {
    const t = text.replace(/\s+/g, '');
    return t.length <= 16 && /^[()\dA-Z=+\-*/x%.]+$/.test(t) && /\d|^\(?[A-Z]\)?$/.test(t);
}


/***/ },

/***/ "./src/core/detect/sheet-text.ts"
/*!***************************************!*\
  !*** ./src/core/detect/sheet-text.ts ***!
  \***************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSheetText: () => (/* binding */ readSheetText)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");

/** Decodes one text cell with its font; line breaks survive because title cells hold several lines. */
function cleanText(raw, font) {
    const decoded = (0,_text__WEBPACK_IMPORTED_MODULE_0__.decodeLegacy)(raw, font);
    const text = (0,_text__WEBPACK_IMPORTED_MODULE_0__.removeInvisible)(decoded.text.normalize('NFC'))
        .split(/\r?\n|\r/)
        .map(_text__WEBPACK_IMPORTED_MODULE_0__.collapseWhitespace)
        .filter((l) => l !== '')
        .join('\n');
    return { text, encoding: decoded.encoding };
}
/**
 * Builds the decoded view of the first `maxRows` × `maxCols` cells; nothing outside is ever read.
 * @example readSheetText(grid, 3000, 40).text(0, 0) // "UBND HUYỆN BÙ ĐỐP"
 */
function readSheetText(grid, maxRows, maxCols) {
    const rows = Math.min(grid.values.length, maxRows);
    let cols = 0;
    for (let r = 0; r < rows; r++)
        cols = Math.max(cols, Math.min(grid.values[r]?.length ?? 0, maxCols));
    const values = [];
    const encodings = new Set();
    for (let r = 0; r < rows; r++) {
        const source = grid.values[r] ?? [];
        const row = [];
        for (let c = 0; c < Math.min(source.length, cols); c++) {
            const v = source[c];
            if (typeof v === 'string') {
                const { text, encoding } = cleanText(v, grid.fonts?.[r]?.[c] ?? null);
                if (encoding !== 'unicode')
                    encodings.add(encoding);
                row.push(text === '' ? null : text);
            }
            else {
                row.push(typeof v === 'number' && !Number.isFinite(v) ? null : v ?? null);
            }
        }
        values.push(row);
    }
    const owners = new Map();
    for (const m of grid.merges ?? []) {
        for (let r = Math.max(m.top, 0); r <= Math.min(m.bottom, rows - 1); r++) {
            for (let c = Math.max(m.left, 0); c <= Math.min(m.right, cols - 1); c++) {
                if (r !== m.top || c !== m.left)
                    owners.set(r * cols + c, { row: m.top, col: m.left });
            }
        }
    }
    const value = (r, c) => values[r]?.[c] ?? null;
    return {
        rows,
        cols,
        value,
        text: (r, c) => {
            const v = value(r, c);
            return v === null ? '' : String(v);
        },
        owner: (r, c) => (r >= 0 && r < rows && c >= 0 && c < cols ? owners.get(r * cols + c) ?? null : null),
        encodings,
    };
}


/***/ },

/***/ "./src/core/detect/unit-name.ts"
/*!**************************************!*\
  !*** ./src/core/detect/unit-name.ts ***!
  \**************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matchUnitName: () => (/* binding */ matchUnitName),
/* harmony export */   parseUnitFromName: () => (/* binding */ parseUnitFromName),
/* harmony export */   parseUnitPhrase: () => (/* binding */ parseUnitPhrase),
/* harmony export */   recogniseUnit: () => (/* binding */ recogniseUnit)
/* harmony export */ });
/* harmony import */ var _fold__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./fold */ "./src/core/detect/fold.ts");

const KIND_LABEL = {
    huyen: 'Huyện', thi_xa: 'Thị xã', thanh_pho: 'Thành phố', quan: 'Quận',
    xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn', dac_khu: 'Đặc khu',
};
// Type words as written (diacritics or none at all) and the abbreviations offices use in sheet and file names.
const KIND_WORDS = [
    { folded: 'thi xa', written: 'thị xã', kind: 'thi_xa' },
    { folded: 'thanh pho', written: 'thành phố', kind: 'thanh_pho' },
    { folded: 'thi tran', written: 'thị trấn', kind: 'thi_tran' },
    { folded: 'dac khu', written: 'đặc khu', kind: 'dac_khu' },
    { folded: 'huyen', written: 'huyện', kind: 'huyen' },
    { folded: 'quan', written: 'quận', kind: 'quan' },
    { folded: 'xa', written: 'xã', kind: 'xa' },
    { folded: 'phuong', written: 'phường', kind: 'phuong' },
];
const ABBREVIATIONS = { tx: 'thi_xa', tp: 'thanh_pho', tt: 'thi_tran', h: 'huyen', p: 'phuong', q: 'quan' };
/** Communes and wards sit under districts: in a title block naming both, the finer one is the reporting unit. */
const LEVEL = {
    huyen: 1, thi_xa: 1, thanh_pho: 1, quan: 1, xa: 2, phuong: 2, thi_tran: 2, dac_khu: 2,
};
const PREFIX = /^(?:\s*(?:ubnd|uy ban nhan dan|ten don vi|don vi bao cao|don vi)\s*[:.]?\s*)*/;
const KIND_AT_START = /^(?:(thi xa|thanh pho|thi tran|dac khu|huyen|quan|xa|phuong)\s+|(tx|tp|tt)(?:\.\s*|\s+)|(h|p|q)\.\s*)/;
const STOP = /[,;:()[\]\n–—]| - /;
/** "BÙ ĐỐP" → "Bù Đốp": all-caps words become title case; mixed-case words and single letters stay. */
function titleCase(name) {
    return name
        .split(/\s+/)
        .map((w) => (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
        .join(' ');
}
function makeName(kind, rawName) {
    const name = rawName.replace(/[.\s]+$/, '').replace(/\s+/g, ' ').trim();
    const words = name.split(' ');
    const f = (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(name);
    if (!name || words.length > 5 || !/^[\p{L}\p{N}]/u.test(name))
        return null;
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": "xã hội" is society, not a commune.
    if (/^hoi\b/.test(f) || f.includes('chu nghia'))
        return null;
    const display = titleCase(name);
    return { kind, name, display: kind ? `${KIND_LABEL[kind]} ${display}` : display, key: f.replace(/ /g, '') };
}
/**
 * Reads a unit name that starts a line ("UBND HUYỆN BÙ ĐỐP", "Đơn vị: Huyện Lộc Ninh", "TP. Đồng Xoài");
 * null when the line does not start with a unit type word.
 * @example parseUnitPhrase('UBND HUYỆN BÙ ĐỐP')?.display // "Huyện Bù Đốp"
 */
function parseUnitPhrase(line) {
    const text = line.normalize('NFC');
    const f = (0,_fold__WEBPACK_IMPORTED_MODULE_0__.foldAligned)(text).replace(/[^a-z0-9.:,;()[\]\n–—-]/g, ' ');
    const start = (PREFIX.exec(f)?.[0].length ?? 0);
    const m = KIND_AT_START.exec(f.slice(start));
    if (!m)
        return null;
    let kind;
    if (m[1]) {
        const word = KIND_WORDS.find((k) => k.folded === m[1]);
        if (!word)
            return null;
        // The type word must be itself, not a look-alike once folded ("Quản lý" is not "Quận").
        const written = text.slice(start, start + m[1].length).toLowerCase();
        if (written !== word.written && written !== word.folded)
            return null;
        kind = word.kind;
    }
    else {
        kind = ABBREVIATIONS[m[2] ?? m[3]];
    }
    const rest = text.slice(start + m[0].length);
    const stop = STOP.exec(rest);
    return makeName(kind, stop ? rest.slice(0, stop.index) : rest);
}
/** Names a sheet or file carries besides the unit ("BC 6T - Lộc Ninh", "BaoCao_LocNinh_6T2022"). */
const NOISE_PAIRS = ['bao cao', 'so lieu', 'ket qua', 'tong hop', 'du lieu', 'danh sach', 'phu luc', 'trang tinh', 'bieu mau'];
const NOISE_WORDS = new Set(['bc', 'baocao', 'bieu', 'mau', 'sheet', 'data', 'report', 'ds', 'final', 'copy', 'new', 'xlsx', 'xls', 'csv', 'ubnd']);
/** Splits a sheet or file name into words: separators, camelCase, and tokens with digits (periods, versions) dropped. */
function nameWords(text) {
    return text
        .normalize('NFC')
        .replace(/\.(xlsx|xlsm|xls|csv|ods)$/i, '')
        .split(/[\s_.\-,;()[\]+]+/)
        .filter((t) => t && !/\d/.test(t))
        .flatMap((t) => t.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(' '));
}
/**
 * Reads a unit name from a sheet or file name: a typed name ("H. Lộc Ninh", "TX Phước Long", "Xa Tan Tien"),
 * else what remains once report words and periods are removed ("BC 6T - Lộc Ninh" → "Lộc Ninh").
 * @example parseUnitFromName('TP. Đồng Xoài')?.display // "Thành phố Đồng Xoài"
 */
function parseUnitFromName(text) {
    for (const segment of text.replace(/\.(xlsx|xlsm|xls|csv|ods)$/i, '').split(/\s+-\s+|[_,;()]+/)) {
        const typed = parseUnitPhrase(segment.trim());
        if (typed)
            return typed;
    }
    const words = nameWords(text);
    const camel = words.join(' ');
    const typed = parseUnitPhrase(camel);
    if (typed)
        return typed;
    let folded = ` ${words.map((w) => (0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(w)).join(' ')} `;
    const kept = words.filter((w) => !NOISE_WORDS.has((0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(w)));
    for (const pair of NOISE_PAIRS)
        folded = folded.replace(` ${pair} `, ' ');
    const remaining = kept.filter((w) => folded.includes(` ${(0,_fold__WEBPACK_IMPORTED_MODULE_0__.looseKey)(w)} `));
    if (remaining.length === 0 || remaining.length > 4)
        return null;
    // File names are often lower case ("bu_dop"): capitalise each word for display.
    return makeName(null, remaining.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '));
}
/** Splits an official name from the expected list ("Huyện Bù Đốp", or a bare "Bù Đốp"). */
function parseExpected(name) {
    return parseUnitPhrase(name) ?? makeName(null, name);
}
/**
 * Matches a recognised unit name to the official list. Names match on the proper name without diacritics or
 * case; a type word, when both sides have one, must agree; several equally good candidates → null.
 * @example matchUnitName('UBND HUYỆN BÙ ĐỐP', ['Huyện Bù Đốp', 'Huyện Lộc Ninh']) // { name: 'Huyện Bù Đốp', confidence: 1 }
 */
function matchUnitName(name, expected) {
    const unit = parseUnitPhrase(name) ?? parseUnitFromName(name);
    if (!unit)
        return null;
    return matchParsed(unit, expected);
}
function matchParsed(unit, expected) {
    const same = expected
        .map((official) => ({ official, parsed: parseExpected(official) }))
        .filter((c) => c.parsed !== null && c.parsed.key === unit.key);
    let pool = same;
    let confidence = 0.85;
    if (unit.kind) {
        const typed = same.filter((c) => c.parsed?.kind === unit.kind);
        if (typed.length > 0) {
            pool = typed;
            confidence = 1;
        }
        else {
            // The list names a different type for this name ("Phường Tân Phú" for a "Xã Tân Phú"): no match.
            pool = same.filter((c) => c.parsed?.kind === null);
            confidence = 0.9;
        }
    }
    if (pool.length > 1) {
        // Only diacritics can still separate them ("Tân Phú" / "Tân Phụ").
        const exact = pool.filter((c) => c.parsed?.name.toLowerCase() === unit.name.toLowerCase());
        pool = exact;
    }
    if (pool.length !== 1)
        return null;
    const exactSpelling = pool[0].parsed?.name.toLowerCase() === unit.name.toLowerCase();
    return { name: pool[0].official, confidence: exactSpelling ? confidence : Math.round(confidence * 95) / 100 };
}
/**
 * Recognises the reporting unit from the title lines first, then the sheet name, then the file name; with an
 * expected list the first source that matches the list wins, else the first source that names a unit.
 * @example recogniseUnit({ titleLines: ['UBND TỈNH BÌNH PHƯỚC', 'UBND HUYỆN BÙ ĐỐP'], sheetName: 'Sheet1', fileName: 'bc.xlsx' }).unit // "Huyện Bù Đốp"
 */
function recogniseUnit(input, expected = []) {
    const titles = input.titleLines
        .flatMap((l) => l.split(/\n/))
        .map((text) => ({ text: text.trim(), unit: parseUnitPhrase(text.trim()) }))
        .filter((t) => t.unit !== null)
        // Finest level first (a commune under its district), then in reading order.
        .sort((a, b) => (b.unit.kind ? LEVEL[b.unit.kind] : 0) - (a.unit.kind ? LEVEL[a.unit.kind] : 0));
    const sources = titles.map((t) => ({ from: 'title', ...t }));
    const sheet = parseUnitFromName(input.sheetName);
    if (sheet)
        sources.push({ from: 'sheet', text: input.sheetName, unit: sheet });
    const file = parseUnitFromName(input.fileName);
    if (file)
        sources.push({ from: 'file', text: input.fileName, unit: file });
    if (expected.length > 0) {
        for (const s of sources) {
            const hit = matchParsed(s.unit, expected);
            if (hit)
                return { unit: hit.name, from: s.from, text: s.text, matched: true, confidence: hit.confidence };
        }
    }
    const first = sources[0];
    if (!first)
        return { unit: null, from: 'none', text: '', matched: false, confidence: 0 };
    return { unit: first.unit.display, from: first.from, text: first.text, matched: false, confidence: first.unit.kind ? 0.8 : 0.6 };
}


/***/ },

/***/ "./src/core/issues/index.ts"
/*!**********************************!*\
  !*** ./src/core/issues/index.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ISSUE_TEXTS: () => (/* reexport safe */ _issue_texts__WEBPACK_IMPORTED_MODULE_0__.ISSUE_TEXTS),
/* harmony export */   SEVERITY_ORDER: () => (/* reexport safe */ _issue_texts__WEBPACK_IMPORTED_MODULE_0__.SEVERITY_ORDER),
/* harmony export */   SEVERITY_TEXTS: () => (/* reexport safe */ _issue_texts__WEBPACK_IMPORTED_MODULE_0__.SEVERITY_TEXTS)
/* harmony export */ });
/* harmony import */ var _issue_texts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./issue-texts */ "./src/core/issues/issue-texts.ts");



/***/ },

/***/ "./src/core/issues/issue-texts.ts"
/*!****************************************!*\
  !*** ./src/core/issues/issue-texts.ts ***!
  \****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ISSUE_TEXTS: () => (/* binding */ ISSUE_TEXTS),
/* harmony export */   SEVERITY_ORDER: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   SEVERITY_TEXTS: () => (/* binding */ SEVERITY_TEXTS)
/* harmony export */ });
/** One title per issue code in both languages; the compiler demands an entry for every code. */
const ISSUE_TEXTS = {
    unit_missing: { severity: 'error', vi: 'Đơn vị chưa gửi báo cáo', en: 'Unit sent no report' },
    period_mismatch: { severity: 'error', vi: 'Kỳ báo cáo không khớp', en: 'Period does not match' },
    indicator_missing: { severity: 'warning', vi: 'Thiếu chỉ tiêu', en: 'Indicator missing' },
    value_missing: { severity: 'warning', vi: 'Chưa có số liệu', en: 'Figure missing' },
    value_unreadable: { severity: 'error', vi: 'Số liệu không đọc được', en: 'Figure unreadable' },
    out_of_range: { severity: 'error', vi: 'Số liệu ngoài khoảng hợp lệ', en: 'Figure out of range' },
    rule_violated: { severity: 'warning', vi: 'Số liệu mâu thuẫn', en: 'Figures inconsistent' },
    scale_suspect: { severity: 'warning', vi: 'Nghi nhầm hàng nghìn', en: 'Suspected thousand-scale error' },
    outlier: { severity: 'info', vi: 'Số liệu bất thường', en: 'Unusual figure' },
    duplicate_conflict: { severity: 'error', vi: 'Chỉ tiêu trùng, số liệu khác nhau', en: 'Duplicate indicator with different figures' },
    label_unmatched: { severity: 'info', vi: 'Chưa đối chiếu được chỉ tiêu', en: 'Label not matched' },
};
const SEVERITY_TEXTS = {
    error: { vi: 'Lỗi', en: 'Error' },
    warning: { vi: 'Cảnh báo', en: 'Warning' },
    info: { vi: 'Lưu ý', en: 'Note' },
};
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };


/***/ },

/***/ "./src/core/match/abbreviations.ts"
/*!*****************************************!*\
  !*** ./src/core/match/abbreviations.ts ***!
  \*****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandAbbreviations: () => (/* binding */ expandAbbreviations)
/* harmony export */ });
/*
 * Abbreviations units write in ICT reports, on folded tokens. Matching-specific (could move to text/ once it has
 * expandAbbreviations): the expansion only has to make a label and a catalog form share tokens.
 * Ambiguous short forms ("TT" thông tin / trung tâm, "BC" báo cáo / bưu chính, "DT" điện thoại / điện tử) are
 * left alone on purpose: a wrong expansion would make a wrong match.
 */
const EXPANSIONS = {
    // two-token forms first: "TT&TT" folds to "tt tt"
    'tt tt': 'thong tin truyen thong',
    'tt va tt': 'thong tin truyen thong',
    'cntt vt': 'cong nghe thong tin vien thong',
    'e mail': 'thu dien tu',
    'wi fi': 'wifi',
    'dv bcci': 'dich vu buu chinh cong ich',
    'tr d': 'trieu dong',
    // "BTS" alone means the station: "Trạm BTS", "Số BTS", "BTS" are one thing
    'tram bts': 'tram bts',
    bts: 'tram bts',
    tttt: 'thong tin truyen thong',
    cntt: 'cong nghe thong tin',
    dvctt: 'dich vu cong truc tuyen',
    dvc: 'dich vu cong',
    dv: 'dich vu',
    tthc: 'thu tuc hanh chinh',
    bcci: 'buu chinh cong ich',
    dvbcci: 'dich vu buu chinh cong ich',
    bcvt: 'buu chinh vien thong',
    tb: 'thue bao',
    tbdd: 'thue bao di dong',
    dtdd: 'dien thoai di dong',
    dttm: 'dien thoai thong minh',
    smartphone: 'dien thoai thong minh',
    cds: 'chuyen doi so',
    ubnd: 'uy ban nhan dan',
    qg: 'quoc gia',
    cnscd: 'cong nghe so cong dong',
    cns: 'cong nghe so',
    ttdt: 'thong tin dien tu',
    'tt dt': 'thong tin dien tu',
    hs: 'ho so',
    sl: 'so luong',
    kq: 'ket qua',
    vb: 'van ban',
    vbdt: 'van ban dien tu',
    csdl: 'co so du lieu',
    hntt: 'hoi nghi truc tuyen',
    hnth: 'hoi nghi truyen hinh',
    hnthtt: 'hoi nghi truyen hinh truc tuyen',
    tmdt: 'thuong mai dien tu',
    hgd: 'ho gia dinh',
    ttcs: 'thong tin co so',
    md: 'muc do',
    tslcd: 'truyen so lieu chuyen dung',
    tsl: 'truyen so lieu',
    vphc: 'vi pham hanh chinh',
    cbcc: 'can bo cong chuc',
    cbccvc: 'can bo cong chuc vien chuc',
    cts: 'chung thu so',
    cks: 'chu ky so',
    cq: 'co quan',
    cqnn: 'co quan nha nuoc',
    dn: 'doanh nghiep',
    email: 'thu dien tu',
    online: 'truc tuyen',
    ftth: 'cap quang',
    trd: 'trieu dong',
    tl: 'ty le',
    bdvhx: 'buu dien van hoa xa',
};
const PAIRS = new Map();
const SINGLES = new Map();
for (const [form, expansion] of Object.entries(EXPANSIONS))
    (form.includes(' ') ? PAIRS : SINGLES).set(form, expansion);
/** "md3" → "md 3": letters glued to a level digit, but never "4g"/"3g" where the digit comes first. */
function splitGluedLevel(token) {
    const glued = /^([a-z]+)(\d+)$/.exec(token);
    return glued && SINGLES.has(glued[1]) ? [glued[1], glued[2]] : [token];
}
/**
 * Expands report abbreviations in a folded key.
 * @example expandAbbreviations('so tb di dong') // "so thue bao di dong"
 * @example expandAbbreviations('dvc md3') // "dich vu cong muc do 3"
 */
function expandAbbreviations(folded) {
    const tokens = folded.split(' ').filter(Boolean).flatMap(splitGluedLevel);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const three = PAIRS.get(tokens.slice(i, i + 3).join(' '));
        if (three && i + 2 < tokens.length) {
            out.push(three);
            i += 2;
            continue;
        }
        const pair = i + 1 < tokens.length ? PAIRS.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
        if (pair) {
            out.push(pair);
            i += 1;
            continue;
        }
        out.push(SINGLES.get(tokens[i]) ?? tokens[i]);
    }
    return out.join(' ');
}


/***/ },

/***/ "./src/core/match/create-matcher.ts"
/*!******************************************!*\
  !*** ./src/core/match/create-matcher.ts ***!
  \******************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AMBIGUITY_MARGIN: () => (/* binding */ AMBIGUITY_MARGIN),
/* harmony export */   FULL_COVERAGE_THRESHOLD: () => (/* binding */ FULL_COVERAGE_THRESHOLD),
/* harmony export */   MATCH_THRESHOLD: () => (/* binding */ MATCH_THRESHOLD),
/* harmony export */   createMatcher: () => (/* binding */ createMatcher)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");
/* harmony import */ var _guards__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./guards */ "./src/core/match/guards.ts");
/* harmony import */ var _label_key__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./label-key */ "./src/core/match/label-key.ts");
/* harmony import */ var _not_indicator__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./not-indicator */ "./src/core/match/not-indicator.ts");
/* harmony import */ var _similarity__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./similarity */ "./src/core/match/similarity.ts");





/** Below this similarity a label is not matched: a person decides. Measured on test/matching/labels.ts. */
const MATCH_THRESHOLD = 0.8;
/** A label all of whose words sit in one indicator only, and in no other, needs less: "- Mức độ 3". */
const FULL_COVERAGE_THRESHOLD = 0.75;
/** When the two best indicators are closer than this, the label is ambiguous and not matched. */
const AMBIGUITY_MARGIN = 0.06;
/** A token matched through a typo counts for this share of its weight. */
const TYPO_CREDIT = 0.8;
function indicatorKind(indicator) {
    if (indicator.unit.trim() === '%')
        return 'rate';
    const ratio = typeof indicator.aggregate === 'object' && 'ratio' in indicator.aggregate;
    return ratio || indicator.unit.includes('/') ? 'density' : 'count';
}
/** Ids of indicators that are totals of others: the target of an `lte` rule or the owner of a `sumOfLte`. */
function wholeIds(catalog) {
    const ids = new Set();
    for (const indicator of catalog.indicators) {
        for (const rule of indicator.rules ?? []) {
            if ('lte' in rule)
                ids.add(rule.lte);
            else
                ids.add(indicator.id);
        }
    }
    return ids;
}
function formsOf(catalog, measures) {
    const wholes = wholeIds(catalog);
    return catalog.indicators.flatMap((indicator) => [indicator.name, ...(indicator.aliases ?? [])].flatMap((text, n) => {
        const label = (0,_label_key__WEBPACK_IMPORTED_MODULE_2__.analyseLabel)(text, measures);
        if (label.tokens.length === 0)
            return [];
        const form = {
            indicator,
            text,
            isName: n === 0,
            label,
            facts: (0,_guards__WEBPACK_IMPORTED_MODULE_1__.guardFacts)(label.key),
            kind: indicatorKind(indicator),
            isWhole: wholes.has(indicator.id),
        };
        return [form];
    }));
}
const score2 = (value) => value.toFixed(2).replace('.', ',');
const rounded = (value) => Math.round(value * 1000) / 1000;
/**
 * Builds a matcher over a catalog: labels → indicators with a confidence and a Vietnamese reason.
 * Low or ambiguous scores are never guessed: they come back `unmatched` with the best candidates.
 * @example createMatcher(defaultCatalog).match('1.2. Số trạm BTS (trạm)')
 * // { kind: 'matched', id: 'bts_stations', confidence: 1, reason: 'khớp bí danh «Số trạm BTS»', ... }
 */
function createMatcher(catalog) {
    const measures = new Set(catalog.indicators.map((indicator) => (0,_label_key__WEBPACK_IMPORTED_MODULE_2__.foldMeasure)(indicator.unit)));
    const forms = formsOf(catalog, measures);
    // Inverse document frequency over indicators: a token in few indicators tells more than "hồ sơ" or "dịch vụ".
    const indicatorsByToken = new Map();
    const formsByToken = new Map();
    const formsByFingerprint = new Map();
    const gluedPairs = new Map();
    forms.forEach((form, index) => {
        for (const token of form.label.tokens) {
            if (!indicatorsByToken.has(token))
                indicatorsByToken.set(token, new Set());
            indicatorsByToken.get(token)?.add(form.indicator.id);
            formsByToken.set(token, [...(formsByToken.get(token) ?? []), index]);
        }
        formsByFingerprint.set(form.label.fingerprint, [...(formsByFingerprint.get(form.label.fingerprint) ?? []), index]);
        const words = form.label.key.split(' ');
        for (let i = 0; i + 1 < words.length; i++)
            gluedPairs.set(words[i] + words[i + 1], [words[i], words[i + 1]]);
    });
    const indicatorCount = Math.max(1, catalog.indicators.length);
    const unknownWeight = Math.log(1 + indicatorCount);
    const weightCache = new Map();
    const weight = (token) => {
        let w = weightCache.get(token);
        if (w === undefined) {
            const df = indicatorsByToken.get(token)?.size ?? 0;
            w = df === 0 ? unknownWeight : Math.log(1 + indicatorCount / df);
            weightCache.set(token, w);
        }
        return w;
    };
    const formWeights = forms.map((form) => form.label.tokens.reduce((sum, token) => sum + weight(token), 0));
    const vocabulary = [...indicatorsByToken.keys()];
    const neighbourCache = new Map();
    /** Catalog tokens one or two typing slips away from an unknown token. */
    const typoNeighbours = (token) => {
        let found = neighbourCache.get(token);
        if (found === undefined) {
            const allowance = (0,_similarity__WEBPACK_IMPORTED_MODULE_4__.typoAllowance)(token.length);
            found =
                allowance === 0 || /\d/.test(token)
                    ? []
                    : vocabulary.filter((word) => (0,_similarity__WEBPACK_IMPORTED_MODULE_4__.typoAllowance)(word.length) > 0 && (0,_similarity__WEBPACK_IMPORTED_MODULE_4__.editDistance)(token, word, allowance) <= allowance);
            neighbourCache.set(token, found);
        }
        return found;
    };
    /** "thuebao" → "thue bao" when the glued pair is written so in the catalog. */
    const unglue = (tokens) => tokens.flatMap((token) => (indicatorsByToken.has(token) ? [token] : (gluedPairs.get(token) ?? [token])));
    /** Weighted Dice similarity of label tokens and a form's tokens; typos count through edit distance. */
    const similarity = (tokens, formIndex) => {
        const form = forms[formIndex];
        const open = new Set(form.label.tokens);
        let matched = 0;
        let labelWeight = 0;
        const typos = [];
        for (const token of tokens) {
            if (open.has(token)) {
                open.delete(token);
                matched += weight(token);
                labelWeight += weight(token);
            }
            else if (!indicatorsByToken.has(token) && typoNeighbours(token).length > 0)
                typos.push(token);
            else
                labelWeight += weight(token);
        }
        for (const token of typos) {
            const allowance = (0,_similarity__WEBPACK_IMPORTED_MODULE_4__.typoAllowance)(token.length);
            let best = null;
            let bestDistance = allowance + 1;
            for (const candidate of open) {
                if ((0,_similarity__WEBPACK_IMPORTED_MODULE_4__.typoAllowance)(candidate.length) === 0)
                    continue;
                const distance = (0,_similarity__WEBPACK_IMPORTED_MODULE_4__.editDistance)(token, candidate, allowance);
                if (distance < bestDistance)
                    [best, bestDistance] = [candidate, distance];
            }
            if (best === null)
                labelWeight += weight(token);
            else {
                open.delete(best);
                matched += TYPO_CREDIT * weight(best);
                labelWeight += weight(best);
            }
        }
        return { score: (2 * matched) / (labelWeight + formWeights[formIndex]), coverage: labelWeight === 0 ? 0 : matched / labelWeight };
    };
    const candidateForms = (tokens) => {
        const found = new Set();
        for (const token of tokens) {
            const direct = formsByToken.get(token);
            if (direct)
                direct.forEach((index) => found.add(index));
            else
                for (const word of typoNeighbours(token))
                    formsByToken.get(word)?.forEach((index) => found.add(index));
        }
        return found;
    };
    const exactMatch = (label, facts) => {
        const passing = (formsByFingerprint.get(label.fingerprint) ?? [])
            .map((index) => forms[index])
            .filter((form) => (0,_guards__WEBPACK_IMPORTED_MODULE_1__.vetoReason)(label, facts, form) === null);
        const ids = new Set(passing.map((form) => form.indicator.id));
        if (ids.size !== 1)
            return null;
        const form = passing.find((f) => f.isName) ?? passing[0];
        const reason = form.isName ? 'khớp chính xác tên chỉ tiêu' : `khớp bí danh «${form.text}»`;
        return { kind: 'matched', id: form.indicator.id, confidence: 1, reason, candidates: [{ id: form.indicator.id, score: 1 }] };
    };
    /** Best passing and best vetoed form per indicator, best first. */
    const rank = (label, facts) => {
        const tokens = unglue(label.tokens);
        const best = new Map();
        const bestVetoed = new Map();
        for (const index of candidateForms(tokens)) {
            const form = forms[index];
            const { score, coverage } = similarity(tokens, index);
            const veto = (0,_guards__WEBPACK_IMPORTED_MODULE_1__.vetoReason)(label, facts, form);
            const table = veto === null ? best : bestVetoed;
            const held = table.get(form.indicator.id);
            if (!held || score > held.score)
                table.set(form.indicator.id, { form, score, coverage, veto });
        }
        const byScore = (a, b) => b.score - a.score;
        return { passing: [...best.values()].sort(byScore), vetoed: [...bestVetoed.values()].sort(byScore) };
    };
    const decide = (text, label, facts) => {
        const exact = exactMatch(label, facts);
        if (exact)
            return exact;
        const { passing, vetoed } = rank(label, facts);
        const [first, second] = passing;
        const candidates = [...passing, ...vetoed]
            .sort((a, b) => b.score - a.score)
            .filter((s, i, all) => all.findIndex((t) => t.form.indicator.id === s.form.indicator.id) === i)
            .slice(0, 2)
            .map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) }));
        const fullyCovered = first !== undefined && first.coverage >= 0.99;
        // A short label every word of which sits in two indicators ("Số hồ sơ tiếp nhận": online or by post?) is ambiguous.
        const alsoCovering = fullyCovered ? passing.slice(1).find((s) => s.coverage >= 0.99) : undefined;
        const threshold = fullyCovered && !alsoCovering ? FULL_COVERAGE_THRESHOLD : MATCH_THRESHOLD;
        if (first && first.score >= threshold) {
            if (alsoCovering && (!second || first.score - second.score >= AMBIGUITY_MARGIN)) {
                return {
                    kind: 'unmatched',
                    reason: `mơ hồ: mọi từ của nhãn đều có trong «${first.form.text}» và «${alsoCovering.form.text}»`,
                    candidates: [first, alsoCovering].map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) })),
                };
            }
            if (second && first.score - second.score < AMBIGUITY_MARGIN) {
                return {
                    kind: 'unmatched',
                    reason: `mơ hồ giữa «${first.form.text}» (${score2(first.score)}) và «${second.form.text}» (${score2(second.score)})`,
                    candidates: [first, second].map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) })),
                };
            }
            return {
                kind: 'matched',
                id: first.form.indicator.id,
                confidence: rounded(first.score),
                reason: `giống ${score2(first.score)} với «${first.form.text}»`,
                candidates: passing.slice(0, 3).map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) })),
            };
        }
        if (label.sectionNumbered && text === text.toLocaleUpperCase('vi'))
            return { kind: 'ignored', reason: 'tiêu đề phần' };
        const topVetoed = vetoed[0];
        if (topVetoed && topVetoed.score >= MATCH_THRESHOLD && (!first || topVetoed.score > first.score)) {
            return { kind: 'unmatched', reason: `gần «${topVetoed.form.text}» nhưng ${topVetoed.veto}`, candidates };
        }
        if (first)
            return { kind: 'unmatched', reason: `chưa đủ giống: cao nhất ${score2(first.score)} với «${first.form.text}»`, candidates };
        return { kind: 'unmatched', reason: 'không giống chỉ tiêu nào trong danh mục', candidates };
    };
    const byText = new Map();
    const byKey = new Map();
    const match = (raw) => {
        const cached = byText.get(raw);
        if (cached)
            return cached;
        const text = (0,_text__WEBPACK_IMPORTED_MODULE_0__.normalizeText)(raw);
        let result;
        const notIndicator = (0,_not_indicator__WEBPACK_IMPORTED_MODULE_3__.notIndicatorReason)(text);
        const label = (0,_label_key__WEBPACK_IMPORTED_MODULE_2__.analyseLabel)(text, measures);
        if (notIndicator)
            result = { kind: 'ignored', reason: notIndicator };
        else if (label.tokens.length === 0)
            result = { kind: 'ignored', reason: 'không có nội dung chỉ tiêu' };
        else if (label.sectionNumbered && label.kind === null && text === text.toLocaleUpperCase('vi') && !exactMatch(label, (0,_guards__WEBPACK_IMPORTED_MODULE_1__.guardFacts)(label.key))) {
            result = { kind: 'ignored', reason: 'tiêu đề phần' };
        }
        else {
            const signature = [label.key, label.kind, label.period, label.partOf, label.sectionNumbered && text === text.toLocaleUpperCase('vi')].join('|');
            const known = byKey.get(signature);
            result = known ?? decide(text, label, (0,_guards__WEBPACK_IMPORTED_MODULE_1__.guardFacts)(label.key));
            if (!known)
                byKey.set(signature, result);
        }
        byText.set(raw, result);
        return result;
    };
    return { match };
}


/***/ },

/***/ "./src/core/match/guards.ts"
/*!**********************************!*\
  !*** ./src/core/match/guards.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   guardFacts: () => (/* binding */ guardFacts),
/* harmony export */   vetoReason: () => (/* binding */ vetoReason)
/* harmony export */ });
/*
 * Guards veto a label–form pair whatever the token score: in these reports one word or one digit turns an
 * indicator into another ("mức độ 3" / "mức độ 4", "tiếp nhận" / "trả kết quả", "Tỷ lệ ..." / "Số ...").
 */
/** Word pairs that name different indicators; a label naming one side never matches a form naming the other. */
const OPPOSITES = [
    { name: 'tiếp nhận / trả kết quả', a: /\btiep nhan\b|\bnhan qua\b|\bho so nhan\b/, b: /\btra ket qua\b|\btra qua\b|\bchuyen tra\b|\bho so tra\b/ },
    { name: 'di động / cố định', a: /\bdi dong\b/, b: /\bco dinh\b/ },
    { name: 'điện thoại / Internet', a: /\bdien thoai\b/, b: /\binternet\b|\bbang rong\b/ },
    { name: 'một phần / toàn trình', a: /\bmot phan\b|\bmuc do 3\b/, b: /\btoan trinh\b|\bmuc do 4\b/ },
    { name: 'trực tuyến / bưu chính công ích', a: /\btruc tuyen\b/, b: /\bbuu chinh cong ich\b|\bbuu dien\b/ },
    { name: 'trực tuyến / không giấy', a: /\btruc tuyen\b|\btruyen hinh\b/, b: /\bkhong giay\b/ },
    { name: 'số tiền / số quyết định', a: /\btien\b/, b: /\bquyet dinh\b/ },
    { name: 'bưu chính / viễn thông', a: /\bbuu chinh\b|\bbuu dien\b|\bbuu cuc\b/, b: /\bvien thong\b/ },
    { name: 'truyền thanh / trang thông tin điện tử', a: /\btruyen thanh\b|\bphat thanh\b|\bloa\b/, b: /\b(?:cong|trang) thong tin dien tu\b|\bwebsite\b/ },
    { name: 'tổ / thành viên', a: /^(?:so )?to\b/, b: /\bthanh vien\b/ },
];
/**
 * Words that add a meaning no form without them has: another sector, a change instead of a stock, a plan,
 * an average. A label with one of these matches only forms that say it too.
 */
const QUALIFIERS = [
    'phat trien moi', 'xay moi', 'xay dung moi', 'lap dat moi', 'lap moi', 'tang them', 'tang moi', 'so voi', 'cung ki', 'ke hoach', 'chi tieu giao', 'chua', 'ngung',
    'thu hoi', 'binh quan', 'trung binh', 'ngheo', 'truy cap', 'van hoa', 'the thao', 'du lich', 'y te', 'giao duc',
    'nong nghiep', 'kinh phi', 'ngan sach', 'tai chinh', 'lao dong', 'moi truong', 'tai nguyen', 'quoc phong',
    'ton giao', 'dan toc', 'hoc sinh', 'truong hoc', 'benh vien',
].map((phrase) => ({ phrase, pattern: new RegExp(`\\b${phrase}\\b`) }));
// "Bưu điện văn hóa xã" is a kind of postal point, not the culture sector.
const POSTAL_CULTURE_POINT = /\bbuu dien van hoa xa\b/g;
/** Reads which side of each opposite pair and which qualifiers a key names. */
function guardFacts(key) {
    const sides = OPPOSITES.map(({ a, b }) => {
        const hasA = a.test(key);
        const hasB = b.test(key);
        return hasA && hasB ? 'ab' : hasA ? 'a' : hasB ? 'b' : '';
    });
    const plain = key.replace(POSTAL_CULTURE_POINT, ' ');
    const qualifiers = new Set(QUALIFIERS.filter(({ pattern }) => pattern.test(plain)).map(({ phrase }) => phrase));
    return { sides, qualifiers };
}
/**
 * The reason a label may not match a form, in Vietnamese, or null when no guard vetoes it.
 * @example vetoReason(label('Số trạm BTS 5G'), form('Số trạm BTS')) // "có thêm «5g»"
 */
function vetoReason(label, labelFacts, form) {
    if (label.digits !== form.label.digits)
        return `khác con số/mức độ («${label.digits || '—'}» / «${form.label.digits || '—'}»)`;
    if (label.period !== null && form.label.period !== null && label.period !== form.label.period)
        return 'khác kỳ báo cáo';
    // A label that says neither "Tỷ lệ" nor "Mật độ" counts something: it never matches a rate or a density.
    const labelKind = label.kind ?? 'count';
    if (labelKind !== form.kind)
        return `khác loại số liệu (${KIND_WORDS[labelKind]} / ${KIND_WORDS[form.kind]})`;
    if (label.partOf && form.isWhole)
        return 'dòng "trong đó" là một phần, không phải chỉ tiêu tổng';
    for (let i = 0; i < OPPOSITES.length; i++) {
        const mine = labelFacts.sides[i];
        const theirs = form.facts.sides[i];
        if (mine !== '' && theirs !== '' && mine !== theirs)
            return `nghĩa khác nhau (${OPPOSITES[i].name})`;
    }
    for (const phrase of labelFacts.qualifiers) {
        if (!form.facts.qualifiers.has(phrase))
            return `có thêm «${phrase}»`;
    }
    return null;
}
const KIND_WORDS = { rate: 'tỷ lệ', density: 'mật độ', count: 'số lượng' };


/***/ },

/***/ "./src/core/match/index.ts"
/*!*********************************!*\
  !*** ./src/core/match/index.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AMBIGUITY_MARGIN: () => (/* reexport safe */ _create_matcher__WEBPACK_IMPORTED_MODULE_0__.AMBIGUITY_MARGIN),
/* harmony export */   FULL_COVERAGE_THRESHOLD: () => (/* reexport safe */ _create_matcher__WEBPACK_IMPORTED_MODULE_0__.FULL_COVERAGE_THRESHOLD),
/* harmony export */   MATCH_THRESHOLD: () => (/* reexport safe */ _create_matcher__WEBPACK_IMPORTED_MODULE_0__.MATCH_THRESHOLD),
/* harmony export */   analyseLabel: () => (/* reexport safe */ _label_key__WEBPACK_IMPORTED_MODULE_1__.analyseLabel),
/* harmony export */   createMatcher: () => (/* reexport safe */ _create_matcher__WEBPACK_IMPORTED_MODULE_0__.createMatcher),
/* harmony export */   editDistance: () => (/* reexport safe */ _similarity__WEBPACK_IMPORTED_MODULE_4__.editDistance),
/* harmony export */   expandAbbreviations: () => (/* reexport safe */ _abbreviations__WEBPACK_IMPORTED_MODULE_2__.expandAbbreviations),
/* harmony export */   foldForMatching: () => (/* reexport safe */ _label_key__WEBPACK_IMPORTED_MODULE_1__.foldForMatching),
/* harmony export */   notIndicatorReason: () => (/* reexport safe */ _not_indicator__WEBPACK_IMPORTED_MODULE_3__.notIndicatorReason),
/* harmony export */   stripLeadingNumbering: () => (/* reexport safe */ _label_key__WEBPACK_IMPORTED_MODULE_1__.stripLeadingNumbering)
/* harmony export */ });
/* harmony import */ var _create_matcher__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./create-matcher */ "./src/core/match/create-matcher.ts");
/* harmony import */ var _label_key__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./label-key */ "./src/core/match/label-key.ts");
/* harmony import */ var _abbreviations__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./abbreviations */ "./src/core/match/abbreviations.ts");
/* harmony import */ var _not_indicator__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./not-indicator */ "./src/core/match/not-indicator.ts");
/* harmony import */ var _similarity__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./similarity */ "./src/core/match/similarity.ts");







/***/ },

/***/ "./src/core/match/label-key.ts"
/*!*************************************!*\
  !*** ./src/core/match/label-key.ts ***!
  \*************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyseLabel: () => (/* binding */ analyseLabel),
/* harmony export */   foldForMatching: () => (/* binding */ foldForMatching),
/* harmony export */   foldMeasure: () => (/* binding */ foldMeasure),
/* harmony export */   stripLeadingNumbering: () => (/* binding */ stripLeadingNumbering)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");
/* harmony import */ var _abbreviations__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./abbreviations */ "./src/core/match/abbreviations.ts");


// Numbering needs punctuation after it, so "4G ..." and "3 năm ..." keep their digits.
const NUMBERING = [
    /^\(\s*(?:\d{1,3}|[a-zđ]|[ivxlc]{1,6})\s*\)\s*/iu,
    /^\d{1,3}(?:\.\d{1,2})+\.?(?=\s|$)\s*/u,
    /^\d{1,3}(?:\.\d{1,2})*\s*[.)\/:]\s*(?!\d)/u,
    /^[IVXLC]{1,6}\s*[.):\-–]\s*/u,
    /^[a-zđA-ZĐ]\s*\)\s*/u,
    /^[a-zđA-ZĐ]\.\s+/u,
    /^[-+*•·–—○●▪■►▶✓✔→]+\s*/u,
];
const SECTION_NUMBERING = /^(?:[IVXLC]{1,6}|[A-Z])\s*[.):\-–]\s/u;
/** Removes leading numbering ("I.", "1.2.", "a)", "-", "+"), repeatedly. */
function stripLeadingNumbering(label) {
    let rest = label.trim();
    for (let round = 0; round < 4; round++) {
        const pattern = NUMBERING.find((p) => p.test(rest));
        if (!pattern)
            break;
        const next = rest.replace(pattern, '').trim();
        if (next === '' || next === rest)
            break;
        rest = next;
    }
    return rest;
}
// Folded measures a label may end with in brackets ("(trạm)", "(ĐVT: thuê bao)"); the catalog's own measures are added.
const MEASURES = [
    'tram', 'thue bao', 'tb', 'ho', 'nguoi', 'luot', 'luot nguoi', 'diem', 'diem cau', 'cuoc', 'ho so', 'bo ho so',
    'dich vu', 'thu tuc', 'camera', 'cai', 'chiec', 'trieu dong', 'tr d', 'trd', 'dong', 'nghin dong', 'ngan dong',
    'ti dong', 'ty dong', 'hop thu', 'tai khoan', 'chung thu', 'cum', 'cum loa', 'to', 'thanh vien', 'don vi', 'co quan',
    'van ban', 'tin bai', 'tin', 'bai', 'may', 'xa', 'dai', 'quyet dinh', 'so', 'ti le', 'ty le', 'phan tram', 'km',
];
const MEASURE_SUFFIX = /\s*[([]\s*(đvt|dvt|đơn vị tính)?\s*[:.]?\s*([^()[\]]{0,30})[)\]]\s*$/iu;
const MEASURE_TAIL = /[\s,;–-]*(?:đvt|dvt|đơn vị tính)\s*[:.]?\s*[^,;()]{0,25}$/iu;
const FOOTNOTE = /\s*\(\s*(?:\*{1,3}|\d{1,2})\s*\)\s*$/u;
/** Strips a trailing measure in brackets ("(trạm)", "(%)", "(TB/100 dân)") or "ĐVT: ..." and footnote marks. */
function stripMeasureSuffix(label, measures) {
    let rest = label;
    for (let round = 0; round < 3; round++) {
        const before = rest;
        rest = rest.replace(FOOTNOTE, '').replace(MEASURE_TAIL, '');
        const bracket = MEASURE_SUFFIX.exec(rest);
        if (bracket) {
            const inside = bracket[2].trim();
            // "(TB/100 dân)" is a measure, "(3G/4G)" is meaning.
            const ratioMeasure = inside.includes('/') && !/\d\s*g\b/i.test(inside);
            const isMeasure = bracket[1] !== undefined || inside === '' || inside.includes('%') || ratioMeasure || measures.has(canonicalTokens((0,_text__WEBPACK_IMPORTED_MODULE_0__.foldKey)(inside)));
            if (isMeasure)
                rest = rest.slice(0, bracket.index);
        }
        if (rest === before)
            break;
    }
    return rest.trim();
}
// "tỷ/tỉ", "kỹ/kĩ", "lý/lí": one spelling, so both fold to the same token.
const Y_AS_I = /^(t|k|l|m|s|h|v|d|n|ph|ch|kh|th)y$/;
/** Token-level canonical forms: i/y spelling, leading zeros ("03" → "3"), "4 g" → "4g". */
function canonicalTokens(folded) {
    const tokens = folded.split(' ').filter(Boolean);
    const out = [];
    for (const token of tokens) {
        if (token === 'g' && out.length > 0 && /^\d$/.test(out[out.length - 1])) {
            out[out.length - 1] += 'g';
            continue;
        }
        if (/^\d+$/.test(token))
            out.push(String(Number(token)));
        else if (/^0+\d/.test(token))
            out.push(token.replace(/^0+/, ''));
        else
            out.push(token.replace(Y_AS_I, (_, head) => `${head}i`));
    }
    return out.join(' ');
}
const PERIODS = [
    [/\b(\d+) thang\b/, (m) => `${m[1]}t`],
    [/\bquy (i{1,3}|iv|[1-4])\b/, (m) => `q${{ i: 1, ii: 2, iii: 3, iv: 4 }[m[1]] ?? m[1]}`],
    [/\bca nam\b|\bnam (19|20)\d\d\b/, () => 'nam'],
];
/** The period a label names, so "6 tháng" and "năm" never match each other. */
function detectPeriod(key) {
    for (const [pattern, name] of PERIODS) {
        const m = pattern.exec(key);
        if (m)
            return name(m);
    }
    return null;
}
const UNIT_WORDS = '(?:tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran|dac khu|dia phuong|don vi)';
// Words units add that do not change which indicator a row is: place, "so far", period, "about".
const FILLERS = [
    /\b\d+ thang (?:dau|cuoi) nam(?: \d{4})?\b/g,
    /\b\d+ thang(?: nam \d{4})?\b/g,
    /\bquy (?:i{1,3}|iv|[1-4])(?: nam)?(?: \d{4})?\b/g,
    /\b(?:ca )?nam (?:19|20)\d\d\b/g,
    /\bca nam\b/g,
    /\b(?:19|20)\d\d\b/g,
    /\b(?:tinh )?(?:den|toi) (?:het )?(?:ngay |thoi diem |thang )?(?:\d+(?: \d+){0,2}|nay|thoi diem bao cao|ky bao cao)\b/g,
    /\b(?:tinh )?(?:den|toi) (?:ngay|thoi diem) (?:bao cao|hien tai)\b/g,
    /\bluy ke(?: tu dau nam)?\b/g,
    new RegExp(`\\btren dia ban(?: ${UNIT_WORDS})?\\b`, 'g'),
    new RegExp(`\\btoan ${UNIT_WORDS}\\b`, 'g'),
    new RegExp(`\\b(?:cua|tai) ${UNIT_WORDS}\\b`, 'g'),
    /\b(?:hien (?:nay|co|tai)|hien dang hoat dong|dang hoat dong|dang su dung)\b/g,
    /\b(?:trong )?ky bao cao\b/g,
    /\btrong ky\b/g,
    /\buoc (?:tinh|dat|thuc hien)\b/g,
    /\b(?:khoang|gan|hon)\b/g,
    // administrative level and recipients: "cấp xã, thôn", "giữa các cấp", "cho cán bộ, công chức, viên chức"
    /\bcap (?:tinh|huyen|xa|thon)(?: (?:tinh|huyen|xa|thon))*\b/g,
    /\b(?:giua )?cac cap\b/g,
    /\bcho can bo(?: cong chuc)?(?: vien chuc)?(?: nguoi lao dong)?\b/g,
];
// Long terms that are one notion: weighed as one token, so an abbreviation ("TTHC") counts once, not four times.
const COMPOUNDS = [
    'thu tuc hanh chinh', 'buu chinh cong ich', 'cong nghe thong tin', 'thong tin truyen thong', 'chuyen doi so',
    'thuong mai dien tu', 'truyen so lieu chuyen dung', 'cong nghe so cong dong', 'uy ban nhan dan', 'vi pham hanh chinh',
].map((phrase) => [new RegExp(`\\b${phrase}\\b`, 'g'), phrase.replace(/ /g, '_')]);
function compound(key) {
    const plain = key.replace(/\bthong tin va truyen thong\b/g, 'thong tin truyen thong');
    return COMPOUNDS.reduce((text, [pattern, joined]) => text.replace(pattern, joined), plain);
}
const STOPWORDS = new Set(['cac', 'cua', 'va', 'duoc', 'da', 've', 'tai', 'cho', 'voi', 'trong', 'nhung', 'la', 'dat', 'tren', 'theo', 'nay', 'hien', 'den', 'tu', 'o', 'moi']);
// "tu" is kept when it ends "điện tử"; see scoringTokens.
const COUNT_WORDS = /^(?:tong so|so luong|so)\b(?! (?:hoa|lieu)\b)\s*|\b(?:tong so|so luong)\b/g;
/** Rate and density words may sit in the measure suffix ("(%)", "(TB/100 dân)"), so they are read from the full key. */
function labelKind(fullKey, key, percent) {
    if (percent || /\b(?:ti le|phan tram)\b/.test(fullKey))
        return 'rate';
    if (/\bmat do\b|\b100 dan\b/.test(fullKey))
        return 'density';
    if (/^(?:tong so|so luong|so)\b(?! (?:hoa|lieu)\b)/.test(key))
        return 'count';
    return null;
}
function scoringTokens(key) {
    const words = key.split(' ').filter(Boolean);
    const kept = words.filter((word, i) => !STOPWORDS.has(word) || (word === 'tu' && words[i - 1] === 'dien'));
    return [...new Set(kept)];
}
/** Folds a text and expands abbreviations, with canonical tokens: the base of every key. */
function foldForMatching(text) {
    return canonicalTokens((0,_abbreviations__WEBPACK_IMPORTED_MODULE_1__.expandAbbreviations)(canonicalTokens((0,_text__WEBPACK_IMPORTED_MODULE_0__.foldKey)(text))));
}
/**
 * Reduces a label or a catalog form to the key matching compares.
 * @example analyseLabel('1.2. Số trạm BTS trên địa bàn huyện (trạm)').key // "so tram bts"
 */
function analyseLabel(label, measures = new Set()) {
    const text = (0,_text__WEBPACK_IMPORTED_MODULE_0__.normalizeText)(label);
    const sectionNumbered = SECTION_NUMBERING.test(text);
    const unnumbered = stripLeadingNumbering(text);
    const percent = /%/.test(unnumbered);
    const fullKey = foldForMatching(unnumbered);
    const allMeasures = measures.size > 0 ? new Set([...MEASURES, ...measures]) : new Set(MEASURES);
    // Dossiers "trả qua bưu điện" go through the public postal service (BCCI): the same indicator.
    let key = foldForMatching(stripMeasureSuffix(unnumbered, allMeasures)).replace(/\bqua (?:dich vu )?buu dien\b/g, 'qua buu chinh cong ich');
    const period = detectPeriod(key);
    for (const filler of FILLERS)
        key = key.replace(filler, ' ');
    key = key.replace(/\s+/g, ' ').trim();
    const partOf = /\btrong do\b/.test(key);
    const kind = labelKind(fullKey, key, percent);
    const tokens = scoringTokens(compound(key.replace(/\btrong do\b/g, ' ').replace(COUNT_WORDS, ' ')));
    return {
        key,
        tokens,
        fingerprint: [...tokens].sort().join(' '),
        digits: tokens.filter((t) => /\d/.test(t)).sort().join(' '),
        period,
        kind,
        partOf,
        sectionNumbered,
    };
}
/** A catalog measure in the folded form `analyseLabel` compares bracketed suffixes with. */
function foldMeasure(measure) {
    return canonicalTokens((0,_text__WEBPACK_IMPORTED_MODULE_0__.foldKey)(measure));
}


/***/ },

/***/ "./src/core/match/not-indicator.ts"
/*!*****************************************!*\
  !*** ./src/core/match/not-indicator.ts ***!
  \*****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   notIndicatorReason: () => (/* binding */ notIndicatorReason)
/* harmony export */ });
/* harmony import */ var _label_key__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./label-key */ "./src/core/match/label-key.ts");

/*
 * Rows of a report sheet that are not indicators: section headings ("I. BƯU CHÍNH"), table headers, notes and
 * the signature block. They are ignored rather than sent to a person as unmatched.
 */
/** Whole labels that are headers, totals or sections of ICT reports (folded, abbreviations expanded). */
const HEADINGS = new Set([
    'stt', 'tt', 'cong', 'tong cong', 'chi tieu', 'ten chi tieu', 'noi dung', 'noi dung chi tieu', 'don vi tinh',
    'ket qua', 'ket qua thuc hien', 'so lieu', 'thuc hien', 'ghi chu', 'cac chi tieu', 'chi tieu chu yeu',
    'buu chinh', 'vien thong', 'buu chinh vien thong', 'cong nghe thong tin', 'ung dung cong nghe thong tin',
    'ha tang', 'ha tang cong nghe thong tin', 'ha tang so', 'chuyen doi so', 'chinh quyen so', 'kinh te so', 'xa hoi so',
    'chinh quyen dien tu', 'bao chi', 'xuat ban', 'bao chi xuat ban',
    'thong tin bao chi xuat ban', 'thong tin co so', 'thong tin doi ngoai', 'phat thanh truyen hinh', 'an toan thong tin',
    'thanh tra', 'thanh tra kiem tra', 'dan so quy mo', 'quy mo', 'thong tin chung', 'tinh hinh chung',
    'thong tin truyen thong', 'linh vuc thong tin truyen thong',
]);
const SECTION_LEAD = /^(?:linh vuc|ve|cong tac|hoat dong|phan|muc|nhom chi tieu) /;
/** Lines of the note and signature block, and the date line above a signature. */
const NOTE_START = /^(?:ghi chu|noi nhan|luu vt|luu van thu|nguoi lap(?: bieu)?|thu truong|ki ten|xac nhan|kinh gui|can cu|chu tich|giam doc|truong phong|pho truong phong)\b/;
const DATE_LINE = /\bngay \d+ thang \d+ nam \d{4}\b/;
/**
 * Why a label is not an indicator, or null when it may be one.
 * @example notIndicatorReason('I. BƯU CHÍNH') // "tiêu đề phần"
 * @example notIndicatorReason('Số trạm BTS') // null
 */
function notIndicatorReason(label) {
    if (!/\p{L}/u.test(label))
        return 'không có chữ';
    const key = (0,_label_key__WEBPACK_IMPORTED_MODULE_0__.foldForMatching)((0,_label_key__WEBPACK_IMPORTED_MODULE_0__.stripLeadingNumbering)(label));
    if (key === '')
        return 'không có chữ';
    if (NOTE_START.test(key) || DATE_LINE.test(key))
        return 'ghi chú hoặc phần ký tên';
    const section = key.replace(SECTION_LEAD, '');
    if (HEADINGS.has(key) || HEADINGS.has(section))
        return 'tiêu đề phần';
    return null;
}


/***/ },

/***/ "./src/core/match/similarity.ts"
/*!**************************************!*\
  !*** ./src/core/match/similarity.ts ***!
  \**************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   editDistance: () => (/* binding */ editDistance),
/* harmony export */   typoAllowance: () => (/* binding */ typoAllowance)
/* harmony export */ });
/**
 * Damerau-Levenshtein distance (optimal string alignment): edits, with a swap of two neighbours counting one,
 * as typists make them ("thoung" → "thuong"). Stops early and returns `limit + 1` once the distance exceeds `limit`.
 * @example editDistance('tram', 'trma') // 1
 */
function editDistance(a, b, limit = Infinity) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, before[j - 2] + 1);
            current.push(value);
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    return previous[b.length];
}
/** How many edits a typo in a token of this length may have: short syllables none, long words two. */
function typoAllowance(length) {
    if (length < 4)
        return 0;
    return length >= 8 ? 2 : 1;
}


/***/ },

/***/ "./src/core/merge/aggregate.ts"
/*!*************************************!*\
  !*** ./src/core/merge/aggregate.ts ***!
  \*************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   computeTotals: () => (/* binding */ computeTotals)
/* harmony export */ });
/**
 * Fills `total` and `totalNote` of every row with its catalog aggregate. Plain aggregates go first because
 * weighted means and ratios are computed from other rows' unit figures.
 * @example computeTotals(rows) // bts.total = sum of units' BTS figures
 */
function computeTotals(rows) {
    const byId = new Map(rows.map((row) => [row.indicator.id, row]));
    for (const row of rows) {
        const aggregate = row.indicator.aggregate ?? 'sum';
        const figures = presentValues(row);
        if (typeof aggregate === 'string') {
            row.total = plainTotal(aggregate, figures.map(([, v]) => v));
            row.totalNote = PLAIN_NOTES[aggregate](figures.length);
        }
        else if ('weightedBy' in aggregate) {
            const weights = byId.get(aggregate.weightedBy);
            const pairs = figures.flatMap(([unit, v]) => {
                const w = weights?.values[unit]?.value;
                return typeof w === 'number' && w > 0 ? [[v, w]] : [];
            });
            const weightSum = pairs.reduce((s, [, w]) => s + w, 0);
            row.total = weightSum > 0 ? round(pairs.reduce((s, [v, w]) => s + v * w, 0) / weightSum) : null;
            row.totalNote = `Bình quân gia quyền theo «${weights?.indicator.name ?? aggregate.weightedBy}» của ${pairs.length} đơn vị có đủ hai số liệu`;
        }
        else {
            const [numeratorId, denominatorId] = aggregate.ratio;
            const scale = aggregate.scale ?? 1;
            const numerator = byId.get(numeratorId);
            const denominator = byId.get(denominatorId);
            let n = 0;
            let d = 0;
            let count = 0;
            for (const unit of Object.keys(numerator?.values ?? {})) {
                const nv = numerator?.values[unit]?.value;
                const dv = denominator?.values[unit]?.value;
                if (typeof nv === 'number' && typeof dv === 'number' && dv > 0) {
                    n += nv;
                    d += dv;
                    count += 1;
                }
            }
            row.total = d > 0 ? round((n / d) * scale) : null;
            row.totalNote = `Tính lại từ tổng «${numerator?.indicator.name ?? numeratorId}» / tổng «${denominator?.indicator.name ?? denominatorId}»${scale !== 1 ? ` × ${scale}` : ''} của ${count} đơn vị có đủ hai số liệu`;
        }
    }
}
const PLAIN_NOTES = {
    sum: (n) => `Tổng của ${n} đơn vị có số liệu`,
    mean: (n) => `Trung bình cộng của ${n} đơn vị có số liệu`,
    max: (n) => `Giá trị lớn nhất trong ${n} đơn vị`,
    min: (n) => `Giá trị nhỏ nhất trong ${n} đơn vị`,
    none: () => 'Chỉ tiêu này không cộng dồn',
};
function presentValues(row) {
    return Object.entries(row.values).flatMap(([unit, v]) => (typeof v.value === 'number' ? [[unit, v.value]] : []));
}
function plainTotal(aggregate, values) {
    if (aggregate === 'none' || values.length === 0)
        return null;
    switch (aggregate) {
        case 'sum':
            return round(values.reduce((s, v) => s + v, 0));
        case 'mean':
            return round(values.reduce((s, v) => s + v, 0) / values.length);
        case 'max':
            return Math.max(...values);
        case 'min':
            return Math.min(...values);
    }
}
/** Totals keep at most 4 decimals: enough for rates, and free of binary noise. */
function round(n) {
    return Math.round(n * 1e4) / 1e4;
}


/***/ },

/***/ "./src/core/merge/index.ts"
/*!*********************************!*\
  !*** ./src/core/merge/index.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   computeTotals: () => (/* reexport safe */ _aggregate__WEBPACK_IMPORTED_MODULE_1__.computeTotals),
/* harmony export */   measureKind: () => (/* reexport safe */ _read_figure__WEBPACK_IMPORTED_MODULE_2__.measureKind),
/* harmony export */   mergeReports: () => (/* reexport safe */ _merge_reports__WEBPACK_IMPORTED_MODULE_0__.mergeReports),
/* harmony export */   readFigure: () => (/* reexport safe */ _read_figure__WEBPACK_IMPORTED_MODULE_2__.readFigure)
/* harmony export */ });
/* harmony import */ var _merge_reports__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./merge-reports */ "./src/core/merge/merge-reports.ts");
/* harmony import */ var _aggregate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./aggregate */ "./src/core/merge/aggregate.ts");
/* harmony import */ var _read_figure__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./read-figure */ "./src/core/merge/read-figure.ts");





/***/ },

/***/ "./src/core/merge/merge-reports.ts"
/*!*****************************************!*\
  !*** ./src/core/merge/merge-reports.ts ***!
  \*****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var _read_figure__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./read-figure */ "./src/core/merge/read-figure.ts");
/* harmony import */ var _aggregate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./aggregate */ "./src/core/merge/aggregate.ts");


/**
 * Puts every matched figure in its indicator row under its unit, keeping provenance, then computes totals with the
 * catalog's aggregate rules. The first of two rows for the same indicator is kept; the others are attached as
 * duplicates for the check stage.
 * @example mergeReports([{ unit, rows }], catalog).rows[0].values["Huyện Bù Đốp"].value // 12
 */
function mergeReports(reports, catalog) {
    const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
    const values = new Map(catalog.indicators.map((i) => [i.id, {}]));
    const unmatched = [];
    const mapping = [];
    const measureConflicts = [];
    for (const { unit, rows } of reports) {
        const style = unit.report.layout.numberStyle;
        for (const { row, match } of rows) {
            if (match.kind === 'ignored')
                continue;
            mapping.push(mappingRow(unit.name, row, match));
            if (match.kind === 'unmatched') {
                unmatched.push({ unit: unit.name, label: row.label, cell: row.labelCell, candidates: match.candidates, reason: match.reason });
                continue;
            }
            const indicator = byId.get(match.id);
            const unitValues = values.get(match.id);
            if (!indicator || !unitValues)
                continue;
            const read = (0,_read_figure__WEBPACK_IMPORTED_MODULE_0__.readFigure)(row, indicator, style);
            if (read.measureConflict)
                measureConflicts.push({ unit: unit.name, indicatorId: indicator.id, cell: row.valueCell, ...read.measureConflict });
            const existing = unitValues[unit.name];
            if (existing) {
                (existing.duplicates ??= []).push({ cell: row.valueCell, figure: read.figure, value: read.value });
            }
            else {
                unitValues[unit.name] = unitValue(row, read, match.confidence);
            }
        }
    }
    const rows = catalog.indicators.map((indicator) => ({
        indicator,
        values: values.get(indicator.id) ?? {},
        total: null,
        totalNote: '',
    }));
    (0,_aggregate__WEBPACK_IMPORTED_MODULE_1__.computeTotals)(rows);
    return { rows, unmatched, mapping, measureConflicts };
}
function unitValue(row, read, confidence) {
    return { figure: read.figure, value: read.value, cell: row.valueCell, label: row.label, labelCell: row.labelCell, confidence };
}
function mappingRow(unit, row, match) {
    return {
        unit,
        label: row.label,
        cell: row.labelCell,
        indicatorId: match.kind === 'matched' ? match.id : null,
        confidence: match.kind === 'matched' ? match.confidence : 0,
        reason: match.reason,
    };
}


/***/ },

/***/ "./src/core/merge/read-figure.ts"
/*!***************************************!*\
  !*** ./src/core/merge/read-figure.ts ***!
  \***************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measureKind: () => (/* binding */ measureKind),
/* harmony export */   readFigure: () => (/* binding */ readFigure)
/* harmony export */ });
/* harmony import */ var _numbers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../numbers */ "./src/core/numbers/index.ts");
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");


/**
 * Parses a row's figure and scales it to the indicator's measure, using the measure written after the number
 * ("1,7 tỷ đồng") first and the row's ĐVT column second.
 * @example readFigure(row("Doanh thu", "1,7 tỷ đồng"), { unit: "triệu đồng", ... }, "vi").value // 1700
 */
function readFigure(row, indicator, style) {
    const parsed = (0,_numbers__WEBPACK_IMPORTED_MODULE_0__.parseFigure)(row.raw, { numberFormat: row.numberFormat, style });
    if (parsed.kind !== 'number')
        return { figure: stripMeasure(parsed), value: null };
    const figure = stripMeasure(parsed);
    // "1,7 tỷ" in a money row already counts đồng: the magnitude word was applied to the value.
    const magnitudeOnly = !parsed.measure && typeof row.raw === 'string' && MAGNITUDE.test(row.raw.normalize('NFC'));
    const fromText = parsed.measure?.trim() || (magnitudeOnly && measureKind(indicator.unit) === 'money' ? 'đồng' : undefined);
    const fromColumn = row.measure?.trim() || undefined;
    for (const from of [fromText, fromColumn]) {
        if (!from)
            continue;
        const converted = (0,_numbers__WEBPACK_IMPORTED_MODULE_0__.convertMeasure)(parsed.value, from, indicator.unit);
        if (converted !== null)
            return { figure, value: roundFloat(converted) };
        // Counting words differ freely ("cái", "chiếc", "camera"); only a change of kind or of scale is a conflict.
        if (measureKind(from) === 'count' && measureKind(indicator.unit) === 'count')
            continue;
        return { figure, value: null, measureConflict: { from, to: indicator.unit } };
    }
    return { figure, value: parsed.value };
}
function stripMeasure(parsed) {
    const { measure: _measure, ...figure } = parsed;
    void _measure;
    return figure;
}
/** Scaling by powers of ten leaves binary noise (1.7 × 1000 = 1699.9999999999998). */
function roundFloat(n) {
    return Number.parseFloat(n.toPrecision(12));
}
const MAGNITUDE = /(^|[\s\d])(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}])/iu;
/** What a measure measures, enough to tell a count from a rate or an amount of money. */
function measureKind(measure) {
    if (/%/.test(measure))
        return 'percent';
    const key = (0,_text__WEBPACK_IMPORTED_MODULE_1__.foldKey)(measure);
    if (/\b(ty le|phan tram)\b/.test(key))
        return 'percent';
    if (/\bdong\b|\bvnd\b/.test(key))
        return 'money';
    if (/\/\s*100|\b100 dan\b/.test(measure) || /\b100 dan\b/.test(key))
        return 'density';
    return 'count';
}


/***/ },

/***/ "./src/core/numbers/digits.ts"
/*!************************************!*\
  !*** ./src/core/numbers/digits.ts ***!
  \************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDigits: () => (/* binding */ readDigits)
/* harmony export */ });
/** Reading a run of digits with "." and "," by the sheet's number style. */
const VI_FULL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const EN_FULL = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+$/;
function stripZeros(intPart) {
    return intPart.replace(/^0+(?=\d)/, '');
}
/** A single separator followed by exactly three digits, not after a leading zero: could group thousands. */
function couldGroup(text, sep) {
    const [a, b] = text.split(sep);
    return b.length === 3 && a.length <= 3 && !/^0/.test(a);
}
/**
 * Reads "1.234.567", "16,2", "1,234.5"... as a plain decimal string; the style settles "1.300" and "1,500".
 * @example readDigits('1.234,5', 'vi') // { ok: true, decimal: "1234.5" }
 */
function readDigits(text, style) {
    if (/^\d+$/.test(text))
        return { ok: true, decimal: stripZeros(text) };
    const dots = (text.match(/\./g) ?? []).length;
    const commas = (text.match(/,/g) ?? []).length;
    if (dots > 0 && commas > 0) {
        if (VI_FULL.test(text)) {
            const decimal = text.replace(/\./g, '').replace(',', '.');
            return style === 'vi' ? { ok: true, decimal } : { ok: true, decimal, note: 'số viết kiểu Việt (1.234,5)' };
        }
        if (EN_FULL.test(text)) {
            const decimal = text.replace(/,/g, '');
            return style === 'en' ? { ok: true, decimal } : { ok: true, decimal, note: 'số viết kiểu Anh (1,234.5)' };
        }
        return { ok: false };
    }
    const sep = dots > 0 ? '.' : ',';
    const groupsRe = sep === '.' ? DOT_GROUPS : COMMA_GROUPS;
    const count = dots + commas;
    const grouping = stripZeros(text.split(sep).join(''));
    if (count > 1) {
        if (!groupsRe.test(text))
            return { ok: false };
        const native = (sep === '.' && style === 'vi') || (sep === ',' && style === 'en');
        return native ? { ok: true, decimal: grouping } : { ok: true, decimal: grouping, note: `dấu «${sep}» phân nhóm nghìn` };
    }
    const [a, b] = text.split(sep);
    if (a === '' || b === '')
        return { ok: false };
    const decimal = `${stripZeros(a)}.${b}`;
    const groupSep = style === 'vi' ? '.' : ',';
    if (sep === groupSep) {
        // The style's grouping mark: "1.300" in vi is 1300; "1.5" cannot be grouping, so it is a decimal, flagged.
        if (couldGroup(text, sep))
            return { ok: true, decimal: grouping };
        return { ok: true, decimal, note: `dấu «${sep}» đọc là dấu thập phân` };
    }
    // The style's decimal mark: "16,2" in vi. But "340,492" is as often an English thousand grouping (page
    // counters, pasted figures) as a three-place decimal; a flagged figure still counts in totals, so do not guess.
    if (couldGroup(text, sep)) {
        const asGrouping = style === 'vi' ? grouping.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : grouping;
        return { ok: false, reason: `không rõ «${text}» là số thập phân hay ${asGrouping}` };
    }
    return { ok: true, decimal };
}


/***/ },

/***/ "./src/core/numbers/format.ts"
/*!************************************!*\
  !*** ./src/core/numbers/format.ts ***!
  \************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatVietnamese: () => (/* binding */ formatVietnamese)
/* harmony export */ });
/**
 * Writes a number the Vietnamese way: "." groups thousands, "," marks decimals; `decimals` fixes the places.
 * @example formatVietnamese(1234567.5) // "1.234.567,5"
 * @example formatVietnamese(16.2, 2) // "16,20"
 */
function formatVietnamese(n, decimals) {
    if (!Number.isFinite(n))
        return '';
    const fixed = decimals === undefined ? plain(n) : n.toFixed(Math.max(0, Math.min(20, Math.floor(decimals))));
    const negative = fixed.startsWith('-');
    const [intPart, fracPart] = (negative ? fixed.slice(1) : fixed).split('.');
    const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const body = fracPart ? `${grouped},${fracPart}` : grouped;
    // "-0" after rounding is just 0.
    return negative && /[1-9]/.test(body) ? `-${body}` : body;
}
/** Plain decimal digits, no exponent (1e21 → "1000000000000000000000", 1e-7 → "0.0000001"). */
function plain(n) {
    const s = String(n);
    if (!/e/i.test(s))
        return s;
    const [mantissa, expText] = s.split(/e/i);
    const exp = Number(expText);
    const negative = mantissa.startsWith('-');
    const [i, f = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
    const digits = i + f;
    const point = i.length + exp;
    const body = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
    return (negative ? '-' : '') + body;
}


/***/ },

/***/ "./src/core/numbers/index.ts"
/*!***********************************!*\
  !*** ./src/core/numbers/index.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   convertMeasure: () => (/* reexport safe */ _measure__WEBPACK_IMPORTED_MODULE_1__.convertMeasure),
/* harmony export */   formatVietnamese: () => (/* reexport safe */ _format__WEBPACK_IMPORTED_MODULE_3__.formatVietnamese),
/* harmony export */   inferNumberStyle: () => (/* reexport safe */ _number_style__WEBPACK_IMPORTED_MODULE_2__.inferNumberStyle),
/* harmony export */   isPercentFormat: () => (/* reexport safe */ _parse_figure__WEBPACK_IMPORTED_MODULE_0__.isPercentFormat),
/* harmony export */   measureKey: () => (/* reexport safe */ _measure__WEBPACK_IMPORTED_MODULE_1__.measureKey),
/* harmony export */   parseFigure: () => (/* reexport safe */ _parse_figure__WEBPACK_IMPORTED_MODULE_0__.parseFigure),
/* harmony export */   readDigits: () => (/* reexport safe */ _digits__WEBPACK_IMPORTED_MODULE_4__.readDigits),
/* harmony export */   sameMeasure: () => (/* reexport safe */ _measure__WEBPACK_IMPORTED_MODULE_1__.sameMeasure)
/* harmony export */ });
/* harmony import */ var _parse_figure__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./parse-figure */ "./src/core/numbers/parse-figure.ts");
/* harmony import */ var _measure__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./measure */ "./src/core/numbers/measure.ts");
/* harmony import */ var _number_style__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./number-style */ "./src/core/numbers/number-style.ts");
/* harmony import */ var _format__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./format */ "./src/core/numbers/format.ts");
/* harmony import */ var _digits__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./digits */ "./src/core/numbers/digits.ts");







/***/ },

/***/ "./src/core/numbers/measure.ts"
/*!*************************************!*\
  !*** ./src/core/numbers/measure.ts ***!
  \*************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   convertMeasure: () => (/* binding */ convertMeasure),
/* harmony export */   measureKey: () => (/* binding */ measureKey),
/* harmony export */   sameMeasure: () => (/* binding */ sameMeasure)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");

/** Written forms of the same thing (folded): "TB" is "thuê bao", "tỷ lệ %" is "%". */
const SYNONYMS = [
    [/^(?:ty le %|ty le phan tram|ty le|phan tram|%)(?= |$)/, '%'],
    [/^tb(?= |$)/, 'thue bao'],
    [/^(?:vnd|vn dong|d)(?= |$)/, 'dong'],
    [/^hgd(?= |$)/, 'ho gia dinh'],
];
/** Magnitude prefixes, folded; bare "triệu", "tỷ", "tr.đ" are money (đồng). */
const MAGNITUDE_PREFIXES = [
    [/^(?:trd|tr d|tr dong|trieu d|trieu dong)(?= |$)/, 6, 'dong'],
    [/^(?:ngd|ng d|ng dong|nghin d|ngan d|nghin dong|ngan dong)(?= |$)/, 3, 'dong'],
    [/^(?:ty d|ti d|ty dong|ti dong)(?= |$)/, 9, 'dong'],
    [/^(?:trieu|tr)(?= |$)/, 6, null],
    [/^(?:nghin|ngan)(?= |$)/, 3, null],
    [/^(?:ty|ti)(?= |$)(?! le)/, 9, null],
];
function foldMeasure(text) {
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__.removeDiacritics)(text.toLocaleLowerCase('vi'))
        .replace(/(\d)\.(\d)/g, '$1$2')
        .replace(/[^a-z0-9%/]+/g, ' ')
        .replace(/\s*\/\s*/g, '/')
        .trim();
}
function canonicalWords(text) {
    let rest = text.trim();
    for (const [re, canonical] of SYNONYMS) {
        if (re.test(rest)) {
            rest = rest.replace(re, canonical);
            break;
        }
    }
    return rest;
}
/**
 * Splits a measure into magnitude, base and denominator; "" base = no measure written.
 * @example measureKey('Triệu đồng') // { exponent: 6, base: "dong", per: "" }
 */
function measureKey(measure) {
    const folded = foldMeasure(measure ?? '');
    const slash = folded.indexOf('/');
    let head = slash >= 0 ? folded.slice(0, slash).trim() : folded;
    const per = slash >= 0 ? canonicalWords(folded.slice(slash + 1).replace(/\//g, ' ')) : '';
    let exponent = 0;
    for (const [re, exp, impliedBase] of MAGNITUDE_PREFIXES) {
        if (!re.test(head))
            continue;
        exponent = exp;
        const after = head.replace(re, '').trim();
        head = after === '' ? (impliedBase ?? 'dong') : impliedBase ? `${impliedBase} ${after}`.trim() : after;
        break;
    }
    return { exponent, base: canonicalWords(head), per };
}
/** Same counted thing: equal, or one names the other with qualifiers ("trạm" ≡ "trạm BTS"). */
function sameBase(a, b) {
    if (a === b)
        return true;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return short !== '' && long.startsWith(`${short} `);
}
/**
 * Converts a value between measures that differ only by magnitude ("đồng" → "triệu đồng" divides by 10⁶)
 * or by spelling ("TB" ≡ "thuê bao"). No `from` means the figure is already in `to`. Null when not comparable.
 * @example convertMeasure(1.7e9, 'đồng', 'triệu đồng') // 1700
 */
function convertMeasure(value, from, to) {
    if (from === undefined || from.trim() === '')
        return value;
    const a = measureKey(from);
    const b = measureKey(to);
    if (b.base === '' && b.per === '' && b.exponent === 0)
        return value;
    if (!sameBase(a.base, b.base) || a.per !== b.per)
        return null;
    if (a.exponent === b.exponent)
        return value;
    return Number((value * 10 ** (a.exponent - b.exponent)).toPrecision(15));
}
/**
 * True when two measures are the same, spelling aside: "TB/100 dân" ≡ "thuê bao/100 dân", "tỷ lệ %" ≡ "%".
 * @example sameMeasure('Trạm', 'trạm BTS') // true
 */
function sameMeasure(a, b) {
    const ka = measureKey(a);
    const kb = measureKey(b);
    return ka.exponent === kb.exponent && ka.per === kb.per && sameBase(ka.base, kb.base);
}


/***/ },

/***/ "./src/core/numbers/number-style.ts"
/*!******************************************!*\
  !*** ./src/core/numbers/number-style.ts ***!
  \******************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inferNumberStyle: () => (/* binding */ inferNumberStyle)
/* harmony export */ });
/** What one number token says about the style, if anything. */
function evidenceOf(token) {
    if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(token))
        return { style: 'vi', weight: 3, sample: token };
    if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(token))
        return { style: 'en', weight: 3, sample: token };
    if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(token))
        return { style: 'vi', weight: 3, sample: token };
    if (/^\d{1,3}(?:,\d{3}){2,}$/.test(token))
        return { style: 'en', weight: 3, sample: token };
    if (/^[1-9]\d{0,2}\.\d{3}$/.test(token))
        return { style: 'vi', weight: 1, sample: token };
    if (/^[1-9]\d{0,2},\d{3}$/.test(token))
        return { style: 'en', weight: 1, sample: token };
    // A decimal mark with other than three digits after it: "16,2" (vi), "16.25" (en).
    if (/^\d+,(?:\d{1,2}|\d{4,})$/.test(token))
        return { style: 'vi', weight: 1, sample: token };
    if (/^\d+\.(?:\d{1,2}|\d{4,})$/.test(token))
        return { style: 'en', weight: 1, sample: token };
    return null;
}
/**
 * Infers how a sheet writes numbers in text from its text figures; "vi" unless English evidence outweighs it.
 * @example inferNumberStyle(['1,234.5', '12,345']) // { style: "en", evidence: "en 4 («1,234.5», «12,345») / vi 0" }
 */
function inferNumberStyle(texts) {
    const score = { vi: 0, en: 0 };
    const samples = { vi: [], en: [] };
    for (const text of texts) {
        for (const token of text.match(/\d[\d.,]*\d/g) ?? []) {
            const e = evidenceOf(token);
            if (!e)
                continue;
            score[e.style] += e.weight;
            if (samples[e.style].length < 3)
                samples[e.style].push(`«${e.sample}»`);
        }
    }
    const style = score.en > score.vi ? 'en' : 'vi';
    const describe = (s) => `${s} ${score[s]}${samples[s].length ? ` (${samples[s].join(', ')})` : ''}`;
    const evidence = score.en === 0 && score.vi === 0 ? 'không có số viết bằng chữ: mặc định vi' : `${describe(style)} / ${describe(style === 'vi' ? 'en' : 'vi')}`;
    return { style, evidence };
}


/***/ },

/***/ "./src/core/numbers/parse-figure.ts"
/*!******************************************!*\
  !*** ./src/core/numbers/parse-figure.ts ***!
  \******************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isPercentFormat: () => (/* binding */ isPercentFormat),
/* harmony export */   parseFigure: () => (/* binding */ parseFigure)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../text */ "./src/core/text/index.ts");
/* harmony import */ var _digits__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./digits */ "./src/core/numbers/digits.ts");


/** Folded for word comparison: lower case, no diacritics, spaces collapsed; punctuation kept. */
function fold(text) {
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__.removeDiacritics)(text.toLocaleLowerCase('vi')).replace(/\s+/g, ' ').trim();
}
const MISSING = new Set([
    '-', '--', '---', '–', '—', '_', 'x', 'xx', '…', '..', '...', '/', 'n/a', 'na', 'k', 'khong', 'khong co',
    'chua co', 'chua', 'khong phat sinh', 'chua phat sinh', 'chua bao cao', 'khong bao cao', 'khong co so lieu',
    'chua co so lieu', 'null', 'none',
]);
const EXCEL_ERROR = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|GETTING_DATA)$/i;
/** Words before a figure that make it approximate ("khoảng 91.000", "trên 1.300"), folded, longest first. */
const APPROX_WORDS = [
    'uoc dat khoang', 'uoc dat', 'uoc tinh', 'uoc khoang', 'khoang hon', 'khoang', 'xap xi', 'it nhat', 'toi thieu',
    'toi da', 'tren', 'hon', 'gan', 'dat', 'uoc', 'duoi', 'chung',
];
const APPROX_SYMBOLS = ['>=', '<=', '~', '≈', '>', '<', '≥', '≤'];
/** Words before a figure that change nothing ("tổng số 12"). */
const NEUTRAL_WORDS = ['tong cong', 'tong so', 'tong', 'co', 'la', 'gom', '=', ':'];
const MAGNITUDES = [['nghin', 3], ['ngan', 3], ['trieu', 6], ['ty', 9], ['ti', 9]];
function missing(rawText, reason) {
    return { kind: 'missing', raw: rawText, reason };
}
function unreadable(rawText, reason) {
    return { kind: 'unreadable', raw: rawText, reason };
}
/** True when an Excel number format shows the value as a percentage (a % outside quotes, escapes, [..]). @example isPercentFormat('0.0%') // true */
function isPercentFormat(format) {
    if (!format)
        return false;
    const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
    return bare.includes('%');
}
/** Removes binary floating noise (0.928 × 100 = 92.80000000000001). */
function clean(n) {
    return Number(n.toPrecision(15));
}
/** Consumes leading words of a list; returns the words as written and the rest. */
function takeWords(text, words) {
    const taken = [];
    let rest = text;
    for (let round = 0; round < 4; round++) {
        const folded = fold(rest);
        const hit = words.find((w) => folded.startsWith(w) && /^(?:\s|$|[\d(+\-−])/.test(folded.slice(w.length)));
        const symbol = hit === undefined && APPROX_SYMBOLS.find((s) => words === APPROX_WORDS && rest.startsWith(s));
        const word = hit ?? (symbol || undefined);
        if (word === undefined)
            break;
        // Folding keeps the length of Vietnamese letters (NFC), so the written word is the same slice.
        taken.push(rest.slice(0, word.length));
        rest = rest.slice(word.length).trim();
    }
    return { taken, rest };
}
const NUMBER = /^(\d{1,3}(?: \d{3})+(?![\d.,])|\d(?:[\d.,]*\d)?)/;
/** A number token read by style; spaces between groups of three ("1 300") are read as grouping. */
function readNumber(token, style) {
    const compact = token.includes(' ') ? token.replace(/ /g, '') : token;
    const reading = (0,_digits__WEBPACK_IMPORTED_MODULE_1__.readDigits)(compact, style);
    if (reading.ok)
        return { decimal: reading.decimal, note: reading.note };
    return reading.reason ?? `số viết không rõ: «${token}»`;
}
/** A magnitude word at the start ("tỷ đồng" → 9), never "tỷ lệ". */
function takeMagnitude(text) {
    const folded = fold(text);
    for (const [word, exponent] of MAGNITUDES) {
        if (!folded.startsWith(word))
            continue;
        const after = folded.slice(word.length);
        if (/^\p{L}/u.test(after) || /^ le(?:\s|$|\W)/.test(after))
            continue;
        return { exponent, rest: text.slice(word.length).trim() };
    }
    return null;
}
/** Standalone numbers left in a measure mean the cell holds more than one figure ("10 - 15", "5 trạm 3 xã"). */
function hasLooseNumber(measure) {
    const withoutPerN = measure.replace(/\/\s*\d[\d.,]*/g, '/');
    return /(?:^|[\s\-–+])[\d.,]*\d(?:$|[\s\-–+])/.test(withoutPerN) || /^[\-–+~]/.test(withoutPerN);
}
function parseText(text, style) {
    const approx = takeWords(text, APPROX_WORDS);
    const neutral = takeWords(approx.rest, NEUTRAL_WORDS);
    let rest = neutral.rest;
    const notes = [];
    let sign = 1;
    const accounting = /^\(\s*(\d[\d.,]*)\s*\)$/.exec(rest);
    if (accounting) {
        sign = -1;
        rest = accounting[1];
    }
    else if (/^[-−]\d/.test(rest)) {
        // "- 5" with a space is more often a bullet than a sign: only "-5" is negative.
        sign = -1;
        rest = rest.slice(1);
    }
    else if (/^\+\d/.test(rest))
        rest = rest.slice(1);
    const token = NUMBER.exec(rest);
    if (!token)
        return 'none';
    const first = readNumber(token[1], style);
    if (typeof first === 'string')
        return first;
    if (first.note)
        notes.push(first.note);
    rest = rest.slice(token[1].length);
    // "3G", "4G", "5G": a technology, not a figure with a measure.
    if (/^\p{Lu}(?:\s|$)/u.test(rest))
        return `không phải số: «${text}»`;
    rest = rest.trim();
    // "187/200 xã": the count is the first figure; the whole it is out of goes to the note.
    const fraction = /^\/\s*(\d[\d.,]*\d|\d)/.exec(rest);
    if (fraction) {
        notes.push(`/${fraction[1]}`);
        rest = rest.slice(fraction[0].length).trim();
        if (rest.startsWith('/'))
            return `số viết không rõ: «${text}»`;
    }
    let value = Number(first.decimal);
    const magnitude = takeMagnitude(rest);
    if (magnitude) {
        value = Number(`${first.decimal}e${magnitude.exponent}`);
        rest = magnitude.rest;
        // "1 tỷ 700 triệu": smaller magnitudes add up.
        let last = magnitude.exponent;
        for (let next = NUMBER.exec(rest); next; next = NUMBER.exec(rest)) {
            const part = readNumber(next[1], style);
            const m = takeMagnitude(rest.slice(next[1].length).trim());
            if (typeof part === 'string' || !m || m.exponent >= last)
                break;
            value = clean(value + Number(`${part.decimal}e${m.exponent}`));
            last = m.exponent;
            rest = m.rest;
        }
    }
    rest = rest.replace(/^[.:]+(?=\s|$)/, '').replace(/\s*[.;,]$/, '').trim();
    let measure;
    if (rest !== '') {
        const cut = /\s*[,;(]/.exec(rest);
        const head = (cut ? rest.slice(0, cut.index) : rest).trim();
        const tail = cut ? rest.slice(cut.index).replace(/^\s*[,;]\s*/, '').trim() : '';
        if (head !== '') {
            if (!/^[\p{L}%]/u.test(head) || hasLooseNumber(head))
                return `nhiều số hoặc chữ lạ: «${text}»`;
            measure = head;
        }
        if (tail !== '')
            notes.push(tail);
    }
    return { value: sign * value, approx: approx.taken, notes, measure };
}
/**
 * Reads one cell as a figure: Excel numbers as they are (percent formats scaled), Vietnamese text figures
 * ("1.300", "16,2%", "1,7 tỷ đồng", "khoảng 91.000", "187/200 xã"), placeholders as missing, the rest unreadable.
 * @example parseFigure('1,7 tỷ đồng') // { kind: "number", value: 1700000000, raw: "1,7 tỷ đồng", measure: "đồng" }
 */
function parseFigure(raw, ctx = {}) {
    const rawText = raw === null || raw === undefined ? '' : String(raw);
    if (typeof raw === 'number') {
        if (!Number.isFinite(raw))
            return unreadable(rawText, `số không hợp lệ: «${rawText}»`);
        if (isPercentFormat(ctx.numberFormat)) {
            const percent = clean(raw * 100);
            if (!Number.isFinite(percent))
                return unreadable(rawText, `số quá lớn: «${rawText}»`);
            return { kind: 'number', value: percent, raw: rawText, measure: '%' };
        }
        return { kind: 'number', value: raw, raw: rawText };
    }
    if (typeof raw === 'boolean')
        return unreadable(rawText, `không phải số: «${rawText}»`);
    if (raw === null || raw === undefined)
        return missing(rawText, 'ô trống');
    const text = (0,_text__WEBPACK_IMPORTED_MODULE_0__.normalizeText)(raw, ctx.font);
    if (text === '')
        return missing(rawText, 'ô trống');
    const folded = fold(text);
    if (MISSING.has(folded))
        return missing(rawText, `không có số liệu: «${text}»`);
    if (EXCEL_ERROR.test(text))
        return unreadable(rawText, `lỗi Excel ${text.toUpperCase()}`);
    const parts = parseText(text, ctx.style ?? 'vi');
    if (typeof parts === 'string') {
        const reason = parts === 'none' ? `không phải số: «${shorten(text)}»` : parts;
        return unreadable(rawText, reason);
    }
    if (!Number.isFinite(parts.value))
        return unreadable(rawText, `số quá lớn: «${shorten(text)}»`);
    const figure = { kind: 'number', value: parts.value, raw: rawText };
    const notes = [...parts.approx, ...parts.notes];
    if (parts.approx.length > 0)
        figure.approx = true;
    if (notes.length > 0)
        figure.note = notes.join('; ');
    if (parts.measure !== undefined)
        figure.measure = parts.measure;
    return figure;
}
function shorten(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}


/***/ },

/***/ "./src/core/render/cells.ts"
/*!**********************************!*\
  !*** ./src/core/render/cells.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDateVi: () => (/* binding */ formatDateVi),
/* harmony export */   num: () => (/* binding */ num),
/* harmony export */   roman: () => (/* binding */ roman),
/* harmony export */   text: () => (/* binding */ text)
/* harmony export */ });
/** A text cell: always written as text ("@"), so a source label like "=HYPERLINK(...)" never becomes a formula. */
function text(value, style = {}) {
    return { value, style: { ...style, numberFormat: '@' } };
}
function num(value, numberFormat, style = {}) {
    return { value, style: { ...style, numberFormat } };
}
/** "2026-11-23T..." → "23/11/2026". */
function formatDateVi(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
/** Roman numerals for section rows (I, II, III...), as Vietnamese reports number them. */
function roman(n) {
    const table = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
    let out = '';
    for (const [value, letters] of table)
        while (n >= value) {
            out += letters;
            n -= value;
        }
    return out;
}


/***/ },

/***/ "./src/core/render/index.ts"
/*!**********************************!*\
  !*** ./src/core/render/index.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RENDER_TEXTS: () => (/* reexport safe */ _texts__WEBPACK_IMPORTED_MODULE_0__.RENDER_TEXTS),
/* harmony export */   SEVERITY_FILL: () => (/* reexport safe */ _styles__WEBPACK_IMPORTED_MODULE_4__.SEVERITY_FILL),
/* harmony export */   internalLink: () => (/* reexport safe */ _styles__WEBPACK_IMPORTED_MODULE_4__.internalLink),
/* harmony export */   renderWorkbook: () => (/* binding */ renderWorkbook)
/* harmony export */ });
/* harmony import */ var _texts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./texts */ "./src/core/render/texts.ts");
/* harmony import */ var _summary_sheet__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./summary-sheet */ "./src/core/render/summary-sheet.ts");
/* harmony import */ var _issues_sheet__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./issues-sheet */ "./src/core/render/issues-sheet.ts");
/* harmony import */ var _mapping_sheet__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./mapping-sheet */ "./src/core/render/mapping-sheet.ts");
/* harmony import */ var _styles__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./styles */ "./src/core/render/styles.ts");






/**
 * The result workbook as plain sheet specs: "Tổng hợp" (summary), "Kiểm tra" (issues), "Đối chiếu" (mapping).
 * Both front ends write these the same way.
 * @example renderWorkbook(result, { generatedAt: "2026-11-23" }).sheets.map((s) => s.name) // ["Tổng hợp", "Kiểm tra", "Đối chiếu"]
 */
function renderWorkbook(result, options) {
    const t = _texts__WEBPACK_IMPORTED_MODULE_0__.RENDER_TEXTS[options.lang ?? 'vi'];
    return {
        sheets: [(0,_summary_sheet__WEBPACK_IMPORTED_MODULE_1__.renderSummarySheet)(result, options, t), (0,_issues_sheet__WEBPACK_IMPORTED_MODULE_2__.renderIssuesSheet)(result, options, t), (0,_mapping_sheet__WEBPACK_IMPORTED_MODULE_3__.renderMappingSheet)(result, options, t)],
    };
}


/***/ },

/***/ "./src/core/render/issues-sheet.ts"
/*!*****************************************!*\
  !*** ./src/core/render/issues-sheet.ts ***!
  \*****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderIssuesSheet: () => (/* binding */ renderIssuesSheet)
/* harmony export */ });
/* harmony import */ var _issues__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../issues */ "./src/core/issues/index.ts");
/* harmony import */ var _cells__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./cells */ "./src/core/render/cells.ts");
/* harmony import */ var _styles__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./styles */ "./src/core/render/styles.ts");



const TABLE_COLS = 7;
const COUNTS_COL = TABLE_COLS + 1;
/**
 * One row per issue (sortable with an autofilter) with a working link to its source cell; counts per kind and per
 * unit stand to the right of the table, so sorting the table never moves them.
 */
function renderIssuesSheet(result, options, t) {
    const lang = options.lang ?? 'vi';
    const names = new Map(result.summary.catalog.indicators.map((i) => [i.id, i.name]));
    const link = options.sourceLink ?? ((ref) => (0,_styles__WEBPACK_IMPORTED_MODULE_2__.internalLink)(ref.sheet, ref.address));
    const counts = severityCounts(result.issues);
    const rows = [
        [(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(t.issuesTitle, { bold: true, size: 14 })],
        [(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(`${t.period}: ${result.summary.period ?? t.noPeriod} — ${t.errors}: ${counts.error}, ${t.warnings}: ${counts.warning}, ${t.infos}: ${counts.info}`, { italic: true })],
        [],
        [t.stt, t.severity, t.code, t.unit, t.indicator, t.message, t.cell].map((h) => (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(h, _styles__WEBPACK_IMPORTED_MODULE_2__.HEADER)),
    ];
    const headerRow = 3;
    result.issues.forEach((issue, i) => {
        const fill = { fill: _styles__WEBPACK_IMPORTED_MODULE_2__.SEVERITY_FILL[issue.severity] };
        const target = issue.ref ? link(issue.ref) : undefined;
        rows.push([
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(i + 1, '0', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(_issues__WEBPACK_IMPORTED_MODULE_0__.SEVERITY_TEXTS[issue.severity][lang], { ..._styles__WEBPACK_IMPORTED_MODULE_2__.TEXT, ...fill }),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(_issues__WEBPACK_IMPORTED_MODULE_0__.ISSUE_TEXTS[issue.code][lang], _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(issue.unit ?? '', _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(issue.indicator ? names.get(issue.indicator) ?? issue.indicator : '', _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(lang === 'en' ? issue.messageEn : issue.message, _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            target ? { ...(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(issue.cell ?? '', { ..._styles__WEBPACK_IMPORTED_MODULE_2__.TEXT, color: '#0563C1' }), link: target } : (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(issue.cell ?? '', _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
        ]);
    });
    if (!result.issues.length)
        rows.push([null, (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(t.noIssues, { italic: true })]);
    placeCounts(rows, headerRow, countsTable(result, t, lang));
    return {
        name: t.issuesSheet,
        rows,
        columnWidths: [6, 11, 24, 24, 36, 80, 34, 2, 30, 10, 10, 10],
        freeze: { rows: headerRow + 1, cols: 0 },
        autoFilter: { row: headerRow, fromCol: 0, toCol: TABLE_COLS - 1 },
        print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [headerRow, headerRow], fitToWidth: true },
        tabColor: '#C00000',
    };
}
function severityCounts(issues) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of issues)
        counts[issue.severity] += 1;
    return counts;
}
function countsTable(result, t, lang) {
    const byCode = new Map();
    const byUnit = new Map();
    for (const issue of result.issues) {
        byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
        if (!issue.unit)
            continue;
        const c = byUnit.get(issue.unit) ?? { error: 0, warning: 0, info: 0 };
        c[issue.severity] += 1;
        byUnit.set(issue.unit, c);
    }
    const table = [[(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(t.byCode, _styles__WEBPACK_IMPORTED_MODULE_2__.HEADER), (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(t.count, _styles__WEBPACK_IMPORTED_MODULE_2__.HEADER)]];
    for (const [code, n] of byCode)
        table.push([(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(_issues__WEBPACK_IMPORTED_MODULE_0__.ISSUE_TEXTS[code][lang], _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT), (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(n, '0', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY)]);
    table.push([]);
    table.push([t.byUnit, t.errors, t.warnings, t.infos].map((h) => (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(h, _styles__WEBPACK_IMPORTED_MODULE_2__.HEADER)));
    for (const [unit, c] of byUnit)
        table.push([(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(unit, _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT), (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(c.error, '0', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY), (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(c.warning, '0', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY), (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(c.info, '0', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY)]);
    return table;
}
function placeCounts(rows, headerRow, table) {
    table.forEach((cells, i) => {
        const r = headerRow + i;
        while (rows.length <= r)
            rows.push([]);
        const row = rows[r];
        while (row.length < COUNTS_COL)
            row.push(null);
        row.splice(COUNTS_COL, cells.length, ...cells);
    });
}


/***/ },

/***/ "./src/core/render/mapping-sheet.ts"
/*!******************************************!*\
  !*** ./src/core/render/mapping-sheet.ts ***!
  \******************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMappingSheet: () => (/* binding */ renderMappingSheet)
/* harmony export */ });
/* harmony import */ var _address_address__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../address/address */ "./src/core/address/address.ts");
/* harmony import */ var _cells__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./cells */ "./src/core/render/cells.ts");
/* harmony import */ var _styles__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./styles */ "./src/core/render/styles.ts");



/** Every source label, the indicator it went to, the raw and used figure, the confidence and why: the audit trail. */
function renderMappingSheet(result, options, t) {
    const { summary } = result;
    const byId = new Map(summary.rows.map((row) => [row.indicator.id, row]));
    const link = options.sourceLink ?? ((ref) => (0,_styles__WEBPACK_IMPORTED_MODULE_2__.internalLink)(ref.sheet, ref.address));
    const header = [t.stt, t.unit, t.label, t.cell, t.indicator, t.indicatorId, t.measure, t.raw, t.used, t.confidence, t.reason];
    const rows = [[(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(t.mappingTitle, { bold: true, size: 14 })], [], header.map((h) => (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(h, _styles__WEBPACK_IMPORTED_MODULE_2__.HEADER))];
    summary.mapping.forEach((m, i) => {
        const row = m.indicatorId ? byId.get(m.indicatorId) : undefined;
        const value = row?.values[m.unit];
        const used = value && (0,_address_address__WEBPACK_IMPORTED_MODULE_0__.formatCellRef)(value.labelCell) === (0,_address_address__WEBPACK_IMPORTED_MODULE_0__.formatCellRef)(m.cell) ? value : undefined;
        const fill = m.indicatorId ? {} : { fill: _styles__WEBPACK_IMPORTED_MODULE_2__.SEVERITY_FILL.info };
        const target = link(m.cell);
        rows.push([
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(i + 1, '0', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(m.unit, _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(m.label, { ..._styles__WEBPACK_IMPORTED_MODULE_2__.TEXT, ...fill }),
            target ? { ...(0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)((0,_address_address__WEBPACK_IMPORTED_MODULE_0__.formatCellRef)(m.cell), { ..._styles__WEBPACK_IMPORTED_MODULE_2__.TEXT, color: '#0563C1' }), link: target } : (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)((0,_address_address__WEBPACK_IMPORTED_MODULE_0__.formatCellRef)(m.cell), _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(row ? row.indicator.name : t.unmatched, { ..._styles__WEBPACK_IMPORTED_MODULE_2__.TEXT, ...fill }),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(m.indicatorId ?? '', _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(row?.indicator.unit ?? '', _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(used ? used.figure.raw : row ? t.duplicateRow : '', _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            used && used.value !== null ? (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(used.value, '#,##0.##########', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY) : (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)('', _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.num)(Math.round(m.confidence * 100) / 100, '0.00', _styles__WEBPACK_IMPORTED_MODULE_2__.BODY),
            (0,_cells__WEBPACK_IMPORTED_MODULE_1__.text)(m.reason, _styles__WEBPACK_IMPORTED_MODULE_2__.TEXT),
        ]);
    });
    return {
        name: t.mappingSheet,
        rows,
        columnWidths: [6, 22, 50, 30, 44, 22, 12, 16, 14, 10, 44],
        freeze: { rows: 3, cols: 0 },
        autoFilter: { row: 2, fromCol: 0, toCol: header.length - 1 },
        print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [2, 2], fitToWidth: true },
    };
}


/***/ },

/***/ "./src/core/render/styles.ts"
/*!***********************************!*\
  !*** ./src/core/render/styles.ts ***!
  \***********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BODY: () => (/* binding */ BODY),
/* harmony export */   FORMAT: () => (/* binding */ FORMAT),
/* harmony export */   GROUP: () => (/* binding */ GROUP),
/* harmony export */   HEADER: () => (/* binding */ HEADER),
/* harmony export */   SEVERITY_FILL: () => (/* binding */ SEVERITY_FILL),
/* harmony export */   SUBTITLE: () => (/* binding */ SUBTITLE),
/* harmony export */   TEXT: () => (/* binding */ TEXT),
/* harmony export */   TITLE: () => (/* binding */ TITLE),
/* harmony export */   internalLink: () => (/* binding */ internalLink)
/* harmony export */ });
/** Fills by severity: light enough to read the figure, distinct in print and for colour-blind readers (with notes). */
const SEVERITY_FILL = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };
const HEADER = { bold: true, fill: '#1F4E78', color: '#FFFFFF', hAlign: 'center', vAlign: 'middle', wrap: true, border: true };
const GROUP = { bold: true, fill: '#D9E1F2', border: true };
const TITLE = { bold: true, size: 14, hAlign: 'center' };
const SUBTITLE = { italic: true, hAlign: 'center' };
const TEXT = { numberFormat: '@', border: true, wrap: true, vAlign: 'top' };
const BODY = { border: true, vAlign: 'top' };
/** Excel number formats; Excel shows them with the reader's separators ("1.300" in a Vietnamese Excel). */
const FORMAT = { count: '#,##0', decimal: '#,##0.0#', percent: '0.0' };
/** Internal link to a cell of a sheet of the same workbook, quoting the sheet name as Excel requires. */
function internalLink(sheet, address) {
    return `#'${sheet.replace(/'/g, "''")}'!${address}`;
}


/***/ },

/***/ "./src/core/render/summary-sheet.ts"
/*!******************************************!*\
  !*** ./src/core/render/summary-sheet.ts ***!
  \******************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummarySheet: () => (/* binding */ renderSummarySheet)
/* harmony export */ });
/* harmony import */ var _issues__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../issues */ "./src/core/issues/index.ts");
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../merge */ "./src/core/merge/index.ts");
/* harmony import */ var _cells__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./cells */ "./src/core/render/cells.ts");
/* harmony import */ var _styles__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./styles */ "./src/core/render/styles.ts");




const FIXED_COLS = 4;
/**
 * The sheet a leader opens: indicators as rows grouped by section, one column per unit, the province total first,
 * flagged cells coloured by severity with a note saying what is wrong.
 */
function renderSummarySheet(result, options, t) {
    const { summary } = result;
    const units = summary.units.map((u) => u.name);
    const previous = summary.previous;
    const firstUnitCol = FIXED_COLS + (previous ? 2 : 0);
    const width = firstUnitCol + units.length;
    const flags = issuesByCell(result.issues);
    const expected = units.length + summary.missingUnits.length;
    const rows = [];
    const merges = [];
    const banner = (value, style = _styles__WEBPACK_IMPORTED_MODULE_3__.SUBTITLE) => {
        merges.push({ top: rows.length, left: 0, bottom: rows.length, right: Math.max(width - 1, 3) });
        rows.push([(0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(value, style)]);
    };
    if (options.department)
        banner(options.department, { bold: true, hAlign: 'center' });
    banner(t.title, _styles__WEBPACK_IMPORTED_MODULE_3__.TITLE);
    const where = [options.province ? `${t.province} ${options.province}` : '', `${t.period}: ${summary.period ?? t.noPeriod}`].filter(Boolean).join(' — ');
    banner(where);
    banner(`${t.date}: ${(0,_cells__WEBPACK_IMPORTED_MODULE_2__.formatDateVi)(options.generatedAt)}`);
    const missing = summary.missingUnits.length ? `. ${t.notSent}: ${summary.missingUnits.join(', ')}` : '';
    banner(`${t.sent(units.length, expected)}${missing}`, { bold: true, hAlign: 'left', wrap: true });
    rows.push([]);
    const headerRow = rows.length;
    rows.push([(0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.stt, _styles__WEBPACK_IMPORTED_MODULE_3__.HEADER), (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.indicator, _styles__WEBPACK_IMPORTED_MODULE_3__.HEADER), (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.measure, _styles__WEBPACK_IMPORTED_MODULE_3__.HEADER), (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.total, _styles__WEBPACK_IMPORTED_MODULE_3__.HEADER), ...(previous ? [(0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(`${t.previous}${previous.period ? ` (${previous.period})` : ''}`, _styles__WEBPACK_IMPORTED_MODULE_3__.HEADER), (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.change, _styles__WEBPACK_IMPORTED_MODULE_3__.HEADER)] : []), ...units.map((u) => (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(u, _styles__WEBPACK_IMPORTED_MODULE_3__.HEADER))]);
    let group;
    let groupIndex = 0;
    let indicatorIndex = 0;
    for (const row of summary.rows) {
        const rowGroup = row.indicator.group ?? '';
        if (rowGroup !== group) {
            group = rowGroup;
            if (rowGroup) {
                groupIndex += 1;
                rows.push([(0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)((0,_cells__WEBPACK_IMPORTED_MODULE_2__.roman)(groupIndex), { ..._styles__WEBPACK_IMPORTED_MODULE_3__.GROUP, hAlign: 'center' }), (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(rowGroup, _styles__WEBPACK_IMPORTED_MODULE_3__.GROUP), ...Array.from({ length: width - 2 }, () => (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)('', _styles__WEBPACK_IMPORTED_MODULE_3__.GROUP))]);
            }
        }
        indicatorIndex += 1;
        rows.push(indicatorRow(row, indicatorIndex, units, flags, t, previous?.totals[row.indicator.id]));
    }
    rows.push(completenessRow(result, units, t, firstUnitCol));
    rows.push([]);
    rows.push([null, (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.legend, { bold: true })]);
    const legend = [['error', t.legendError], ['warning', t.legendWarning], ['info', t.legendInfo]];
    for (const [severity, label] of legend)
        rows.push([null, (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(label, { fill: _styles__WEBPACK_IMPORTED_MODULE_3__.SEVERITY_FILL[severity], border: true })]);
    rows.push([null, (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.legendNotes, { italic: true })]);
    return {
        name: t.summarySheet,
        rows,
        merges,
        columnWidths: [6, 58, 12, 14, ...(previous ? [14, 11] : []), ...units.map(() => 14)],
        freeze: { rows: headerRow + 1, cols: firstUnitCol },
        print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [headerRow, headerRow], fitToWidth: true },
        tabColor: '#1F4E78',
    };
}
function indicatorRow(row, index, units, flags, t, previousTotal) {
    const format = numberFormatFor(row);
    const flaggedCount = units.filter((u) => flags.has(key(u, row.indicator.id)) && typeof row.values[u]?.value === 'number').length;
    const totalNote = [row.totalNote, flaggedCount ? t.flaggedInTotal(flaggedCount) : ''].filter(Boolean).join('\n');
    return [
        (0,_cells__WEBPACK_IMPORTED_MODULE_2__.num)(index, '0', { ..._styles__WEBPACK_IMPORTED_MODULE_3__.BODY, hAlign: 'center' }),
        (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(row.indicator.name, _styles__WEBPACK_IMPORTED_MODULE_3__.TEXT),
        (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(row.indicator.unit, { ..._styles__WEBPACK_IMPORTED_MODULE_3__.TEXT, hAlign: 'center' }),
        { ...(0,_cells__WEBPACK_IMPORTED_MODULE_2__.num)(row.total, format, { ..._styles__WEBPACK_IMPORTED_MODULE_3__.BODY, bold: true }), note: totalNote },
        ...(previousTotal === undefined ? [] : [(0,_cells__WEBPACK_IMPORTED_MODULE_2__.num)(previousTotal, format, _styles__WEBPACK_IMPORTED_MODULE_3__.BODY), (0,_cells__WEBPACK_IMPORTED_MODULE_2__.num)(changePercent(row.total, previousTotal), '+0.0;-0.0;0.0', _styles__WEBPACK_IMPORTED_MODULE_3__.BODY)]),
        ...units.map((unit) => unitCell(row.values[unit], flags.get(key(unit, row.indicator.id)) ?? [], format)),
    ];
}
function unitCell(value, issues, format) {
    const severity = worstSeverity(issues);
    const style = { ..._styles__WEBPACK_IMPORTED_MODULE_3__.BODY, ...(severity ? { fill: _styles__WEBPACK_IMPORTED_MODULE_3__.SEVERITY_FILL[severity] } : {}) };
    const note = issues.length ? issues.map((i) => `• ${i.message}`).join('\n') : undefined;
    // An unreadable figure is shown as written (in italics), so the leader sees what the unit sent.
    const cell = value?.figure.kind === 'unreadable' ? (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(value.figure.raw, { ...style, italic: true }) : (0,_cells__WEBPACK_IMPORTED_MODULE_2__.num)(value?.value ?? null, format, style);
    return note ? { ...cell, note } : cell;
}
function completenessRow(result, units, t, firstUnitCol) {
    const required = result.summary.rows.filter((r) => !r.indicator.optional);
    return [
        null,
        (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(t.completeness, { ..._styles__WEBPACK_IMPORTED_MODULE_3__.TEXT, italic: true }),
        ...Array.from({ length: firstUnitCol - 2 }, () => null),
        ...units.map((unit) => {
            const reported = required.filter((r) => typeof r.values[unit]?.value === 'number').length;
            return (0,_cells__WEBPACK_IMPORTED_MODULE_2__.text)(`${reported}/${required.length}`, { ..._styles__WEBPACK_IMPORTED_MODULE_3__.BODY, italic: true, hAlign: 'center' });
        }),
    ];
}
/** Counts without decimals; rates with one; other figures with up to two. */
function numberFormatFor(row) {
    if ((0,_merge__WEBPACK_IMPORTED_MODULE_1__.measureKind)(row.indicator.unit) === 'percent')
        return _styles__WEBPACK_IMPORTED_MODULE_3__.FORMAT.percent;
    if (row.indicator.integer)
        return _styles__WEBPACK_IMPORTED_MODULE_3__.FORMAT.count;
    const values = Object.values(row.values).map((v) => v.value).concat(row.total);
    return values.every((v) => v === null || Number.isInteger(v)) ? _styles__WEBPACK_IMPORTED_MODULE_3__.FORMAT.count : _styles__WEBPACK_IMPORTED_MODULE_3__.FORMAT.decimal;
}
/** Change of the province total against the previous period, in percent. */
function changePercent(now, before) {
    if (now === null || before === null || before === 0)
        return null;
    return Math.round(((now - before) / Math.abs(before)) * 1000) / 10;
}
function key(unit, indicator) {
    return `${unit}\u0000${indicator}`;
}
function issuesByCell(issues) {
    const map = new Map();
    for (const issue of issues) {
        if (!issue.unit || !issue.indicator)
            continue;
        const k = key(issue.unit, issue.indicator);
        map.set(k, [...(map.get(k) ?? []), issue]);
    }
    return map;
}
function worstSeverity(issues) {
    return issues.reduce((worst, i) => (worst === null || _issues__WEBPACK_IMPORTED_MODULE_0__.SEVERITY_ORDER[i.severity] < _issues__WEBPACK_IMPORTED_MODULE_0__.SEVERITY_ORDER[worst] ? i.severity : worst), null);
}


/***/ },

/***/ "./src/core/render/texts.ts"
/*!**********************************!*\
  !*** ./src/core/render/texts.ts ***!
  \**********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RENDER_TEXTS: () => (/* binding */ RENDER_TEXTS)
/* harmony export */ });
/** Headings of the result workbook in both languages; the workbook defaults to Vietnamese. */
const RENDER_TEXTS = {
    vi: {
        summarySheet: 'Tổng hợp', issuesSheet: 'Kiểm tra', mappingSheet: 'Đối chiếu',
        title: 'BẢNG TỔNG HỢP SỐ LIỆU THÔNG TIN VÀ TRUYỀN THÔNG',
        province: 'Tỉnh', period: 'Kỳ báo cáo', date: 'Ngày lập', noPeriod: 'chưa xác định',
        sent: (n, m) => `${n}/${m} đơn vị đã gửi báo cáo`,
        notSent: 'Chưa gửi', stt: 'STT', indicator: 'Chỉ tiêu', measure: 'ĐVT', total: 'Toàn tỉnh', previous: 'Kỳ trước', change: 'Thay đổi (%)',
        completeness: 'Số chỉ tiêu đã báo cáo / yêu cầu', legend: 'Chú giải',
        legendError: 'Lỗi: số liệu sai hoặc không đọc được', legendWarning: 'Cảnh báo: thiếu hoặc mâu thuẫn, cần xem lại',
        legendInfo: 'Lưu ý: số liệu khác thường', legendNotes: 'Rê chuột vào ô có màu để xem lý do; chi tiết ở trang «Kiểm tra», nguồn từng số ở trang «Đối chiếu».',
        flaggedInTotal: (n) => `Tổng có cộng ${n} số liệu đang bị gắn cờ.`,
        issuesTitle: 'DANH SÁCH CẢNH BÁO SỐ LIỆU',
        severity: 'Mức độ', code: 'Loại', unit: 'Đơn vị', message: 'Nội dung', cell: 'Ô nguồn',
        byCode: 'Theo loại', byUnit: 'Theo đơn vị', count: 'Số lượng', errors: 'Lỗi', warnings: 'Cảnh báo', infos: 'Lưu ý',
        noIssues: 'Không có cảnh báo nào.',
        mappingTitle: 'ĐỐI CHIẾU CHỈ TIÊU VÀ NGUỒN SỐ LIỆU',
        label: 'Nhãn trong báo cáo', indicatorId: 'Mã chỉ tiêu', raw: 'Số liệu gốc', used: 'Số liệu dùng',
        confidence: 'Độ tin cậy', reason: 'Căn cứ', unmatched: '(chưa đối chiếu được)', duplicateRow: '(dòng trùng, không dùng)',
    },
    en: {
        summarySheet: 'Tổng hợp', issuesSheet: 'Kiểm tra', mappingSheet: 'Đối chiếu',
        title: 'INFORMATION AND COMMUNICATIONS SUMMARY',
        province: 'Province', period: 'Period', date: 'Prepared on', noPeriod: 'not determined',
        sent: (n, m) => `${n}/${m} units have reported`,
        notSent: 'Not sent', stt: 'No.', indicator: 'Indicator', measure: 'Measure', total: 'Province total', previous: 'Previous period', change: 'Change (%)',
        completeness: 'Indicators reported / required', legend: 'Legend',
        legendError: 'Error: wrong or unreadable figure', legendWarning: 'Warning: missing or inconsistent, to review',
        legendInfo: 'Note: unusual figure', legendNotes: 'Hover a coloured cell for the reason; details on «Kiểm tra», each figure’s source on «Đối chiếu».',
        flaggedInTotal: (n) => `The total includes ${n} flagged figure(s).`,
        issuesTitle: 'DATA ISSUES',
        severity: 'Severity', code: 'Kind', unit: 'Unit', message: 'Message', cell: 'Source cell',
        byCode: 'By kind', byUnit: 'By unit', count: 'Count', errors: 'Errors', warnings: 'Warnings', infos: 'Notes',
        noIssues: 'No issues.',
        mappingTitle: 'INDICATOR MAPPING AND SOURCES',
        label: 'Label in the report', indicatorId: 'Indicator id', raw: 'Raw figure', used: 'Figure used',
        confidence: 'Confidence', reason: 'Reason', unmatched: '(not matched)', duplicateRow: '(duplicate row, not used)',
    },
};


/***/ },

/***/ "./src/core/text/abbreviations.ts"
/*!****************************************!*\
  !*** ./src/core/text/abbreviations.ts ***!
  \****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandAbbreviations: () => (/* binding */ expandAbbreviations)
/* harmony export */ });
/**
 * ICT report abbreviations on folded keys. Each entry maps its written forms (folded token sequences) to one
 * canonical form, so "Cổng DVC QG" and "Cổng Dịch vụ công quốc gia" give the same key.
 */
const ENTRIES = [
    { canonical: 'thong tin va truyen thong', forms: ['tttt', 'tt tt', 'tt va tt', 'thong tin truyen thong'] },
    { canonical: 'cong nghe thong tin', forms: ['cntt'] },
    { canonical: 'dich vu cong truc tuyen', forms: ['dvctt', 'dvc tt', 'dvc truc tuyen'] },
    { canonical: 'dich vu cong', forms: ['dvc'] },
    { canonical: 'thu tuc hanh chinh', forms: ['tthc'] },
    { canonical: 'buu chinh cong ich', forms: ['bcci'] },
    { canonical: 'buu chinh vien thong', forms: ['bcvt'] },
    { canonical: 'thue bao', forms: ['tb'] },
    // BTS stays short: long names vary ("trạm thu phát sóng (thông tin) di động"), the short form does not.
    {
        canonical: 'tram bts',
        forms: ['bts', 'tram bts', 'tram thu phat song thong tin di dong', 'tram thu phat song di dong', 'tram thu phat song'],
    },
    { canonical: 'chuyen doi so', forms: ['cds'] },
    { canonical: 'uy ban nhan dan', forms: ['ubnd'] },
    { canonical: 'hoi dong nhan dan', forms: ['hdnd'] },
    { canonical: 'quoc gia', forms: ['qg'] },
    { canonical: 'van hoa thong tin', forms: ['vhtt'] },
    { canonical: 'co quan nha nuoc', forms: ['cqnn'] },
    { canonical: 'co quan hanh chinh nha nuoc', forms: ['cqhcnn'] },
    { canonical: 'ho so', forms: ['hs'] },
    { canonical: 'so luong', forms: ['sl'] },
    { canonical: 'ket qua', forms: ['kq'] },
    { canonical: 'chu ky so', forms: ['cks'] },
    { canonical: 'chung thu so', forms: ['cts'] },
    { canonical: 'an toan thong tin', forms: ['attt'] },
    { canonical: 'co so du lieu', forms: ['csdl'] },
    { canonical: 'he thong thong tin', forms: ['httt'] },
    { canonical: 'khoa hoc va cong nghe', forms: ['khcn', 'kh cn', 'kh va cn', 'khoa hoc cong nghe'] },
    { canonical: 'thong tin dien tu', forms: ['ttdt'] },
    { canonical: 'thuong mai dien tu', forms: ['tmdt'] },
    { canonical: 'doanh nghiep', forms: ['dn'] },
    { canonical: 'don vi tinh', forms: ['dvt'] },
    { canonical: 'can bo cong chuc vien chuc', forms: ['cbccvc', 'cb cc vc'] },
    { canonical: 'trung tam hanh chinh cong', forms: ['tthcc'] },
    { canonical: 'muc do 3', forms: ['md3', 'md 3', 'muc 3'] },
    { canonical: 'muc do 4', forms: ['md4', 'md 4', 'muc 4'] },
    {
        canonical: 'ioc',
        forms: [
            'trung tam giam sat dieu hanh do thi thong minh',
            'trung tam giam sat dieu hanh thong minh',
            'trung tam dieu hanh do thi thong minh',
            'trung tam dieu hanh thong minh',
        ],
    },
];
// Longest forms first, so "dvc truc tuyen" wins over "dvc".
const FORMS = ENTRIES.flatMap((e) => [e.canonical, ...e.forms].map((f) => ({ tokens: f.split(' '), canonical: e.canonical.split(' ') }))).sort((a, b) => b.tokens.length - a.tokens.length);
function formAt(tokens, at) {
    return FORMS.find((f) => f.tokens.every((t, k) => tokens[at + k] === t)) ?? null;
}
/** Appends a canonical form, skipping what the key already ends with ("trạm BTS" after "trạm thu phát sóng"). */
function appendMerged(out, words) {
    for (let overlap = Math.min(out.length, words.length); overlap > 0; overlap--) {
        if (words.slice(0, overlap).every((w, k) => out[out.length - overlap + k] === w)) {
            out.push(...words.slice(overlap));
            return;
        }
    }
    out.push(...words);
}
/**
 * Expands report abbreviations in a folded key to one canonical wording.
 * @example expandAbbreviations('cong dvc qg') // "cong dich vu cong quoc gia"
 * @example expandAbbreviations('so tram thu phat song thong tin di dong bts') // "so tram bts"
 */
function expandAbbreviations(foldedKey) {
    const tokens = foldedKey.split(' ').filter((t) => t !== '');
    const out = [];
    for (let i = 0; i < tokens.length;) {
        const form = formAt(tokens, i);
        if (form) {
            appendMerged(out, form.canonical);
            i += form.tokens.length;
        }
        else {
            out.push(tokens[i]);
            i += 1;
        }
    }
    return out.join(' ');
}


/***/ },

/***/ "./src/core/text/fold.ts"
/*!*******************************!*\
  !*** ./src/core/text/fold.ts ***!
  \*******************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   foldKey: () => (/* binding */ foldKey),
/* harmony export */   foldKeyWithTones: () => (/* binding */ foldKeyWithTones),
/* harmony export */   removeDiacritics: () => (/* binding */ removeDiacritics)
/* harmony export */ });
/* harmony import */ var _normalize__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./normalize */ "./src/core/text/normalize.ts");

/** Lower case with đ → d and all diacritics removed. @example removeDiacritics('Đắk Lắk') // "Dak Lak" */
function removeDiacritics(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
/** Punctuation and symbols to spaces, spaces collapsed; letters (any script) and digits kept. */
function punctuationToSpaces(text) {
    return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/**
 * Key for matching: normalised, lower case, đ → d, no diacritics, punctuation → spaces, digits kept.
 * @example foldKey('Số thuê bao 4G (TB)') // "so thue bao 4g tb"
 */
function foldKey(text, font) {
    return punctuationToSpaces(removeDiacritics((0,_normalize__WEBPACK_IMPORTED_MODULE_0__.normalizeText)(text, font).toLocaleLowerCase('vi')));
}
/**
 * Like foldKey but keeps the diacritics, with one tone placement (hoà ≡ hòa), for matches that need them.
 * @example foldKeyWithTones('Thuận Hoà - TP.') // "thuận hòa tp"
 */
function foldKeyWithTones(text, font) {
    return punctuationToSpaces((0,_normalize__WEBPACK_IMPORTED_MODULE_0__.unifyTonePlacement)((0,_normalize__WEBPACK_IMPORTED_MODULE_0__.normalizeText)(text, font).toLocaleLowerCase('vi')));
}


/***/ },

/***/ "./src/core/text/index.ts"
/*!********************************!*\
  !*** ./src/core/text/index.ts ***!
  \********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collapseWhitespace: () => (/* reexport safe */ _normalize__WEBPACK_IMPORTED_MODULE_0__.collapseWhitespace),
/* harmony export */   decodeLegacy: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.decodeLegacy),
/* harmony export */   decodeTcvn3: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.decodeTcvn3),
/* harmony export */   decodeVni: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.decodeVni),
/* harmony export */   decodeWith: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.decodeWith),
/* harmony export */   detectLegacyEncoding: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.detectLegacyEncoding),
/* harmony export */   encodeTcvn3: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.encodeTcvn3),
/* harmony export */   encodeVni: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.encodeVni),
/* harmony export */   encodingOfFont: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.encodingOfFont),
/* harmony export */   expandAbbreviations: () => (/* reexport safe */ _abbreviations__WEBPACK_IMPORTED_MODULE_5__.expandAbbreviations),
/* harmony export */   foldKey: () => (/* reexport safe */ _fold__WEBPACK_IMPORTED_MODULE_1__.foldKey),
/* harmony export */   foldKeyWithTones: () => (/* reexport safe */ _fold__WEBPACK_IMPORTED_MODULE_1__.foldKeyWithTones),
/* harmony export */   guessLegacyEncoding: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.guessLegacyEncoding),
/* harmony export */   isMeasureText: () => (/* reexport safe */ _measure_suffix__WEBPACK_IMPORTED_MODULE_4__.isMeasureText),
/* harmony export */   isVietnameseSyllable: () => (/* reexport safe */ _legacy__WEBPACK_IMPORTED_MODULE_2__.isVietnameseSyllable),
/* harmony export */   normalizeText: () => (/* reexport safe */ _normalize__WEBPACK_IMPORTED_MODULE_0__.normalizeText),
/* harmony export */   removeDiacritics: () => (/* reexport safe */ _fold__WEBPACK_IMPORTED_MODULE_1__.removeDiacritics),
/* harmony export */   removeInvisible: () => (/* reexport safe */ _normalize__WEBPACK_IMPORTED_MODULE_0__.removeInvisible),
/* harmony export */   stripMeasureSuffix: () => (/* reexport safe */ _measure_suffix__WEBPACK_IMPORTED_MODULE_4__.stripMeasureSuffix),
/* harmony export */   stripNumbering: () => (/* reexport safe */ _numbering__WEBPACK_IMPORTED_MODULE_3__.stripNumbering),
/* harmony export */   unifyTonePlacement: () => (/* reexport safe */ _normalize__WEBPACK_IMPORTED_MODULE_0__.unifyTonePlacement)
/* harmony export */ });
/* harmony import */ var _normalize__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./normalize */ "./src/core/text/normalize.ts");
/* harmony import */ var _fold__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./fold */ "./src/core/text/fold.ts");
/* harmony import */ var _legacy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(/*! ./legacy */ "./src/core/text/legacy.ts");
/* harmony import */ var _numbering__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(/*! ./numbering */ "./src/core/text/numbering.ts");
/* harmony import */ var _measure_suffix__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(/*! ./measure-suffix */ "./src/core/text/measure-suffix.ts");
/* harmony import */ var _abbreviations__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(/*! ./abbreviations */ "./src/core/text/abbreviations.ts");








/***/ },

/***/ "./src/core/text/legacy.ts"
/*!*********************************!*\
  !*** ./src/core/text/legacy.ts ***!
  \*********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decodeLegacy: () => (/* binding */ decodeLegacy),
/* harmony export */   decodeTcvn3: () => (/* binding */ decodeTcvn3),
/* harmony export */   decodeVni: () => (/* binding */ decodeVni),
/* harmony export */   decodeWith: () => (/* binding */ decodeWith),
/* harmony export */   detectLegacyEncoding: () => (/* binding */ detectLegacyEncoding),
/* harmony export */   encodeTcvn3: () => (/* binding */ encodeTcvn3),
/* harmony export */   encodeVni: () => (/* binding */ encodeVni),
/* harmony export */   encodingOfFont: () => (/* binding */ encodingOfFont),
/* harmony export */   guessLegacyEncoding: () => (/* binding */ guessLegacyEncoding),
/* harmony export */   isVietnameseSyllable: () => (/* binding */ isVietnameseSyllable)
/* harmony export */ });
/**
 * Legacy 8-bit Vietnamese encodings as they arrive in Excel cells: the bytes were typed with a .Vn* font
 * (TCVN3/ABC, TCVN 5712:1993 VN3) or a VNI-* font (VNI-Windows), and the cell now shows them as Latin-1 text.
 */
// TCVN3 (VN3): one byte per letter, lowercase toned letters only; uppercase toned letters need a "...H" font.
const TCVN3_PAIRS = [
    [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
    [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
    [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
    [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
    [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
    [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
    [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
    [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
    [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
    [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
    [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
    [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
    [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
    [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];
const TCVN3_DECODE = new Map(TCVN3_PAIRS.map(([b, ch]) => [String.fromCharCode(b), ch]));
const TCVN3_ENCODE = new Map(TCVN3_PAIRS.map(([b, ch]) => [ch, String.fromCharCode(b)]));
const TONE_MARK = {
    grave: '\u0300', acute: '\u0301', hook: '\u0309', tilde: '\u0303', dot: '\u0323',
};
const HAT_MARK = { circumflex: '\u0302', breve: '\u0306' };
/** Lowercase VNI mark bytes; the uppercase marks are the same letters in upper case (ø → Ø). */
const VNI_MARKS = [
    ['ø', '', 'grave'], ['ù', '', 'acute'], ['û', '', 'hook'], ['õ', '', 'tilde'], ['ï', '', 'dot'],
    ['â', 'circumflex', ''], ['à', 'circumflex', 'grave'], ['á', 'circumflex', 'acute'], ['å', 'circumflex', 'hook'],
    ['ã', 'circumflex', 'tilde'], ['ä', 'circumflex', 'dot'],
    ['ê', 'breve', ''], ['è', 'breve', 'grave'], ['é', 'breve', 'acute'], ['ú', 'breve', 'hook'],
    ['ü', 'breve', 'tilde'], ['ë', 'breve', 'dot'],
];
/** Letters VNI stores in one byte (lowercase; uppercase is the upper-cased byte). */
const VNI_SINGLES = [
    ['ñ', 'đ'], ['ô', 'ơ'], ['ö', 'ư'], ['ì', 'ì'], ['í', 'í'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'],
];
const VNI_MARK_DECODE = new Map();
for (const [ch, hat, tone] of VNI_MARKS) {
    VNI_MARK_DECODE.set(ch, { hat, tone });
    VNI_MARK_DECODE.set(ch.toUpperCase(), { hat, tone });
}
const VNI_SINGLE_DECODE = new Map();
for (const [byte, letter] of VNI_SINGLES) {
    VNI_SINGLE_DECODE.set(byte, letter);
    VNI_SINGLE_DECODE.set(byte.toUpperCase(), letter.toUpperCase());
}
const VNI_HAT_BASES = { circumflex: 'aeo', breve: 'a' };
/** Bases a VNI tone mark may follow: plain vowels and the one-byte ơ/ư. */
const VNI_TONE_BASES = new Set(['a', 'e', 'o', 'u', 'y', 'ơ', 'ư', 'i']);
function markByte(hat, tone, upper) {
    const found = VNI_MARKS.find(([, h, t]) => h === hat && t === tone);
    if (!found)
        return '';
    return upper ? found[0].toUpperCase() : found[0];
}
/** TCVN3 → Unicode; `caps` for "...H" fonts, whose lowercase codes print as capitals. @example decodeTcvn3('Th«ng tin') // "Thông tin" */
function decodeTcvn3(text, caps = false) {
    let out = '';
    for (const ch of text)
        out += TCVN3_DECODE.get(ch) ?? ch;
    return caps ? out.toLocaleUpperCase('vi') : out;
}
/** VNI-Windows → Unicode (NFC). @example decodeVni('Thoâng tin') // "Thông tin" */
function decodeVni(text) {
    const chars = Array.from(text);
    let out = '';
    for (let i = 0; i < chars.length; i++) {
        const single = VNI_SINGLE_DECODE.get(chars[i]);
        const base = single ?? chars[i];
        const mark = VNI_MARK_DECODE.get(chars[i + 1] ?? '');
        if (mark && canTakeVniMark(base, mark)) {
            out += base + (mark.hat ? HAT_MARK[mark.hat] : '') + (mark.tone ? TONE_MARK[mark.tone] : '');
            i++;
            continue;
        }
        out += base;
    }
    return out.normalize('NFC');
}
function canTakeVniMark(base, mark) {
    const lower = base.toLowerCase();
    if (mark.hat)
        return VNI_HAT_BASES[mark.hat].includes(lower) && lower.length === 1;
    // i carries its tones as single bytes in VNI; a mark after "i" is not VNI.
    return VNI_TONE_BASES.has(lower) && lower !== 'i';
}
/** Splits one Unicode letter into base letter, hat and tone (NFD analysis); null for non-Vietnamese letters. */
function analyseLetter(ch) {
    const nfd = ch.normalize('NFD');
    const base = nfd[0];
    let hat = '';
    let horn = false;
    let tone = '';
    for (const m of nfd.slice(1)) {
        if (m === '\u0302')
            hat = 'circumflex';
        else if (m === '\u0306')
            hat = 'breve';
        else if (m === '\u031B')
            horn = true;
        else {
            const t = Object.keys(TONE_MARK).find((k) => TONE_MARK[k] === m);
            if (!t)
                return null;
            tone = t;
        }
    }
    return { base, hat, horn, tone };
}
/** Unicode → TCVN3 bytes (as Latin-1 characters); `caps` writes capitals as the lowercase codes of a "...H" font. @example encodeTcvn3('Thông tin') // "Th«ng tin" */
function encodeTcvn3(text, caps = false) {
    let out = '';
    for (const ch of text.normalize('NFC')) {
        const c = caps ? ch.toLocaleLowerCase('vi') : ch;
        const direct = TCVN3_ENCODE.get(c);
        if (direct)
            out += direct;
        else {
            // Toned capitals do not exist in TCVN3: a normal .Vn font can only show them as lowercase codes.
            const lower = c.toLocaleLowerCase('vi');
            out += lower !== c && TCVN3_ENCODE.has(lower) ? TCVN3_ENCODE.get(lower) : c;
        }
    }
    return out;
}
/** Unicode → VNI-Windows bytes (as Latin-1 characters). @example encodeVni('Điểm phục vụ') // "Ñieåm phuïc vuï" */
function encodeVni(text) {
    let out = '';
    for (const ch of text.normalize('NFC')) {
        const a = /[^\x00-\x7f]/.test(ch) ? analyseLetter(ch) : null;
        if (!a) {
            out += ch;
            continue;
        }
        const upper = a.base !== a.base.toLowerCase();
        const lowerBase = a.base.toLowerCase();
        let letter = a.base;
        if (ch === 'đ' || ch === 'Đ')
            letter = upper ? 'Ñ' : 'ñ';
        else if (a.horn)
            letter = lowerBase === 'o' ? (upper ? 'Ô' : 'ô') : upper ? 'Ö' : 'ö';
        if (lowerBase === 'i' && a.tone) {
            const byTone = { grave: 'ì', acute: 'í', hook: 'æ', tilde: 'ó', dot: 'ò' };
            out += upper ? byTone[a.tone].toUpperCase() : byTone[a.tone];
        }
        else if (lowerBase === 'y' && a.tone === 'dot') {
            out += upper ? 'Î' : 'î';
        }
        else if (a.hat || a.tone) {
            out += letter + markByte(a.hat, a.tone, upper);
        }
        else {
            out += letter === a.base ? ch : letter;
        }
    }
    return out;
}
/** Which legacy encoding a font name implies: ".VnTime" → tcvn3 (".VnTimeH" → capitals), "VNI-Times" → vni. */
function encodingOfFont(font) {
    const name = (font ?? '').trim();
    if (/^\.vn/i.test(name)) {
        // ".VnTimeH", ".VnArialH": the trailing capital H marks an all-capitals font; styles may follow ("Bold").
        const family = name.replace(/\s+(bold|italic|regular|narrow bold)$/i, '');
        return { encoding: 'tcvn3', caps: /H$/.test(family) };
    }
    if (/^vni[-\s_]/i.test(name))
        return { encoding: 'vni', caps: false };
    return { encoding: 'unicode', caps: false };
}
// Characters a legacy cell may hold: Latin-1 and the typographic punctuation Windows code page 1252 adds.
const LEGACY_ONLY = /^[\u0000-\u00ff\u2000-\u206f\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]*$/;
const HIGH_LATIN1 = /[\u00a0-\u00ff]/;
/** Decodes with a known encoding. @example decodeWith('Sè tr¹m', 'tcvn3') // "Số trạm" */
function decodeWith(text, encoding, caps = false) {
    if (encoding === 'tcvn3')
        return decodeTcvn3(text, caps);
    if (encoding === 'vni')
        return decodeVni(text);
    return text;
}
/**
 * Decodes a legacy-encoded cell text. The font is the best signal; without one, the text is decoded only when
 * the decoded reading is clearly better Vietnamese than the text as it stands, so Unicode text stays untouched.
 * @example decodeLegacy('§iÓm phôc vô', '.VnTime') // { text: "Điểm phục vụ", encoding: "tcvn3" }
 */
function decodeLegacy(text, font) {
    if (!HIGH_LATIN1.test(text) || !LEGACY_ONLY.test(text)) {
        const { encoding, caps } = encodingOfFont(font);
        // Plain ASCII in an all-capitals .Vn...H font still shows as capitals.
        if (encoding === 'tcvn3' && caps && LEGACY_ONLY.test(text) && /[a-z]/.test(text)) {
            return { text: text.toLocaleUpperCase('vi'), encoding: 'tcvn3' };
        }
        return { text, encoding: 'unicode' };
    }
    const { encoding, caps } = encodingOfFont(font);
    if (encoding !== 'unicode') {
        const decoded = decodeWith(text, encoding, caps);
        // A Unicode text pasted into a legacy-font cell reads better as it is: keep it.
        if (plausibility(text) > plausibility(decoded))
            return { text, encoding: 'unicode' };
        return { text: decoded, encoding };
    }
    const guess = guessLegacyEncoding(text);
    return guess === 'unicode' ? { text, encoding: 'unicode' } : { text: decodeWith(text, guess), encoding: guess };
}
/** Guesses the encoding of one text without a font, conservatively. @example guessLegacyEncoding('Thoâng tin') // "vni" */
function guessLegacyEncoding(text) {
    if (!HIGH_LATIN1.test(text) || !LEGACY_ONLY.test(text))
        return 'unicode';
    const asIs = plausibility(text);
    const candidates = [
        ['tcvn3', plausibility(decodeTcvn3(text))],
        ['vni', plausibility(decodeVni(text))],
    ];
    candidates.sort((a, b) => b[1] - a[1]);
    const [best, score] = candidates[0];
    // Both readings equally good: undecidable, keep the text.
    if (score <= asIs || score === candidates[1][1])
        return 'unicode';
    return best;
}
/**
 * Guesses one encoding for many texts of a sheet (a single cell like "Sè" is ambiguous, a sheet rarely is).
 * @example detectLegacyEncoding(['Sè', 'tr¹m BTS']) // "tcvn3"
 */
function detectLegacyEncoding(texts) {
    const votes = { unicode: 0, tcvn3: 0, vni: 0 };
    for (const t of texts) {
        if (!HIGH_LATIN1.test(t))
            continue;
        if (!LEGACY_ONLY.test(t)) {
            votes.unicode += 1;
            continue;
        }
        votes[guessLegacyEncoding(t)] += 1;
    }
    if (votes.tcvn3 > votes.vni && votes.tcvn3 > votes.unicode)
        return 'tcvn3';
    if (votes.vni > votes.tcvn3 && votes.vni > votes.unicode)
        return 'vni';
    return 'unicode';
}
// --- plausibility: how much a text reads as Vietnamese syllables -------------------------------------------
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
// "oo" (xoong, boong) is left out: too rare in reports, and it lets TCVN3 misread VNI's "oâ" as "oõ".
const NUCLEUS = '(?:uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|[aăâeêioôơuưy])';
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** True for one Vietnamese syllable (any case, at most one tone). @example isVietnameseSyllable('trạm') // true */
function isVietnameseSyllable(word) {
    const nfd = word.toLocaleLowerCase('vi').normalize('NFD');
    const tones = nfd.match(TONE_MARKS);
    if (tones && tones.length > 1)
        return false;
    const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
    return SYLLABLE.test(bare);
}
/** Valid syllables with non-ASCII letters, minus words with non-ASCII characters that are no syllable. */
function plausibility(text) {
    let score = 0;
    for (const token of text.split(/[\s\u00a0,;:.!?()"'“”‘’\-–—/\\[\]{}<>=+*&|0-9]+/)) {
        if (!/[^\x00-\x7f]/.test(token))
            continue;
        score += isVietnameseSyllable(token) ? 1 : -1;
    }
    return score;
}


/***/ },

/***/ "./src/core/text/measure-suffix.ts"
/*!*****************************************!*\
  !*** ./src/core/text/measure-suffix.ts ***!
  \*****************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isMeasureText: () => (/* binding */ isMeasureText),
/* harmony export */   stripMeasureSuffix: () => (/* binding */ stripMeasureSuffix)
/* harmony export */ });
/* harmony import */ var _fold__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./fold */ "./src/core/text/fold.ts");

/**
 * Head words of measures seen in ICT reports (folded). A trailing bracket counts as a measure only when it starts
 * with one of these, so "(BTS)" or "(IOC)" in a name stay part of it.
 */
const MEASURE_HEADS = new Set([
    'tram', 'thue bao', 'tb', 'diem', 'diem cau', 'ho so', 'dich vu', 'thu tuc', 'dong', 'nghin dong', 'ngan dong',
    'trieu dong', 'ty dong', 'ti dong', 'trd', 'tr d', 'tr dong', 'trieu', 'ty', 'ti', 'nghin', 'ngan', 'vnd', 'usd',
    'nguoi', 'luot', 'cuoc', 'hop thu', 'chung thu', 'chu ky', 'co quan', 'don vi', 'xa', 'phuong', 'ho', 'km', 'm',
    'camera', 'may', 'ban tin', 'tin', 'bai', 'tin bai', 'cai', 'chiec', 'doanh nghiep', 'thiet bi', 'bo', 'ha',
    'gio', 'ty le', 'phan tram', 'lan', 'van ban', 'tai khoan', 'website', 'trang', 'he thong', 'phan mem', 'co so',
    'dai', 'cum loa', 'mbps', 'gbps', 'gb', 'tb', 'hop', 'cuon', 'so', 'ban', 'to', 'ky', 'thang', 'nam', 'ngay',
    'dot', 'lop', 'hoc vien', 'buu gui', 'buu pham', 'san pham', 'ung dung', 'nen tang', 'thon', 'ap', 'to chuc',
    'ca nhan', 'vu', 'km2', 'm2', 'goi', 'kenh', 'dau so', 'so thue bao', 'cong', 'chuong trinh', 'nhiem vu',
    'cuoc goi', 'tin nhan', 'ho gia dinh', 'hgd', 'truong', 'tuyen', 'soi', 'ban ghi',
]);
function foldMeasure(text) {
    return (0,_fold__WEBPACK_IMPORTED_MODULE_0__.removeDiacritics)(text.toLocaleLowerCase('vi'))
        .replace(/(\d)\.(\d)/g, '$1$2')
        .replace(/[^a-z0-9%/]+/g, ' ')
        .replace(/\s*\/\s*/g, '/')
        .trim();
}
/** True when a short text reads as a measure: "%", "trạm", "TB/100 dân", "triệu đồng". @example isMeasureText('thuê bao/100 dân') // true */
function isMeasureText(text) {
    const folded = foldMeasure(text);
    if (folded === '' || folded.length > 40)
        return false;
    if (folded === '%' || /^%\s/.test(folded))
        return true;
    return folded.split('/').every((part, i) => {
        const words = part.split(' ').filter((w) => w !== '');
        // "/100 dân", "/1.000 người": a per-N denominator names what it counts freely.
        if (i > 0 && /^\d+$/.test(words[0] ?? ''))
            return words.length >= 2 && words.length <= 4;
        if (words.length === 0 || words.length > 5)
            return false;
        return MEASURE_HEADS.has(words[0]) || (words.length > 1 && MEASURE_HEADS.has(`${words[0]} ${words[1]}`));
    });
}
// "(ĐVT: hồ sơ)", "- ĐVT: thuê bao", ", đơn vị tính: điểm", "ĐVT: trạm" at the end of a label.
const EXPLICIT = /(?:^|[\s,;:(\-–—])\(?\s*(?:đvt|dvt|đơn vị tính|don vi tinh|đơn vị|don vi)\s*[:.\-]\s*([^()]*?)\s*\)?\s*[.;,]?\s*$/iu;
const BRACKET = /\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*[.;,:]?\s*$/u;
function trimLabel(text) {
    return text.replace(/[\s,;:\-–—]+$/u, '').trim();
}
/**
 * Separates a trailing measure from a label: "(trạm)", "(%)", "- ĐVT: thuê bao", "(ĐVT: hồ sơ)".
 * @example stripMeasureSuffix('Số trạm BTS (trạm)') // { label: "Số trạm BTS", measure: "trạm" }
 * @example stripMeasureSuffix('Số trạm thu phát sóng (BTS)') // { label: "Số trạm thu phát sóng (BTS)" }
 */
function stripMeasureSuffix(label) {
    const text = label.trim();
    const explicit = EXPLICIT.exec(text);
    if (explicit && explicit[1] !== '' && explicit.index > 0) {
        return { label: trimLabel(text.slice(0, explicit.index)), measure: explicit[1].trim() };
    }
    const bracket = BRACKET.exec(text);
    if (bracket && bracket.index > 0 && isMeasureText(bracket[1])) {
        return { label: trimLabel(text.slice(0, bracket.index)), measure: bracket[1].trim() };
    }
    return { label: text };
}


/***/ },

/***/ "./src/core/text/normalize.ts"
/*!************************************!*\
  !*** ./src/core/text/normalize.ts ***!
  \************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collapseWhitespace: () => (/* binding */ collapseWhitespace),
/* harmony export */   normalizeText: () => (/* binding */ normalizeText),
/* harmony export */   removeInvisible: () => (/* binding */ removeInvisible),
/* harmony export */   unifyTonePlacement: () => (/* binding */ unifyTonePlacement)
/* harmony export */ });
/* harmony import */ var _legacy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./legacy */ "./src/core/text/legacy.ts");

/** Zero-width characters, BOM, direction marks, soft hyphen, other format and control characters. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** Removes invisible characters; run it only after legacy decoding (in TCVN3 the soft hyphen is "ư"). @example removeInvisible('Bưu\u200b chính') // "Bưu chính" */
function removeInvisible(text) {
    return text.replace(INVISIBLE, '');
}
/** Collapses every run of white space (tabs, line breaks, no-break spaces) to one space and trims. @example collapseWhitespace(' Số\u00a0 trạm\n') // "Số trạm" */
function collapseWhitespace(text) {
    return text.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
// "oa", "oe", "uy" ending a syllable: the old placement puts the tone on the second vowel (hoà, khoẻ, thuỷ).
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
// "quý" keeps its tone on y: the u belongs to "qu".
const UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
/**
 * Puts tones of "oa, oe, uy" ending a syllable on the first vowel (hoà → hòa, thuỷ → thủy, khoẻ → khỏe),
 * the placement used for keys. Output is NFC.
 * @example unifyTonePlacement('Thuận Hoà, Uỷ ban') // "Thuận Hòa, Ủy ban"
 */
function unifyTonePlacement(text) {
    return text.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}
/**
 * Display form of a cell's text: legacy encodings decoded, NFC, invisible characters removed, white space
 * collapsed. Tone placement is kept as written unless `tones: 'unified'`.
 * @example normalizeText('§iÓm phôc vô  b\u00adu chÝnh', '.VnTime') // "Điểm phục vụ bưu chính"
 */
function normalizeText(text, font, options = {}) {
    const decoded = (0,_legacy__WEBPACK_IMPORTED_MODULE_0__.decodeLegacy)(text, font).text;
    const clean = collapseWhitespace(removeInvisible(decoded.normalize('NFC')));
    return options.tones === 'unified' ? unifyTonePlacement(clean) : clean;
}


/***/ },

/***/ "./src/core/text/numbering.ts"
/*!************************************!*\
  !*** ./src/core/text/numbering.ts ***!
  \************************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stripNumbering: () => (/* binding */ stripNumbering)
/* harmony export */ });
/**
 * Leading numbering of a report row. Each pattern needs punctuation or brackets, so figures and names that start
 * with a digit ("4G", "3G", "5 năm") stay whole.
 */
const NUMBERING = [
    // (1) (a) (IV)
    /^\(\s*(?:\d{1,3}|[a-zđ]|[IVXLC]{1,6})\s*\)\s*/iu,
    // 1.  1.1  1.2.3  1.1.  1)  1/  (an inner dot is numbering only before a space or end: "1.1 Số...")
    /^\d{1,3}(?:\.\d{1,2})+\.?(?=\s|$)\s*/u,
    /^\d{1,3}(?:\.\d{1,2})*\s*[.)\/:]\s*(?!\d)/u,
    // I.  II)  IV-  Roman section numbers, upper case as reports write them
    /^[IVXLC]{1,6}\s*[.):\-–]\s*/u,
    // a)  b.  A.  đ)  one letter, then a bracket, or a dot and a space
    /^[a-zđA-ZĐ]\s*\)\s*/u,
    /^[a-zđA-ZĐ]\.(?:\s+|$)/u,
    // bullets: - + * • and friends
    /^[-+*•·–—○●▪■►▶✓✔→⁃◦※]+\s*/u,
];
/**
 * Removes leading numbering ("I.", "1.1.", "a)", "-", "(1)"), repeatedly ("II. 1. Số..."), keeping the label.
 * @example stripNumbering('1.2. Số trạm BTS') // "Số trạm BTS"
 * @example stripNumbering('4G: số thuê bao') // "4G: số thuê bao"
 */
function stripNumbering(label) {
    let rest = label.trim();
    for (let round = 0; round < 4; round++) {
        const pattern = NUMBERING.find((p) => p.test(rest));
        if (!pattern)
            break;
        const next = rest.replace(pattern, '').trim();
        // Never strip a label down to nothing: "I." alone stays what it is.
        if (next === '' || next === rest)
            break;
        rest = next;
    }
    return rest;
}


/***/ },

/***/ "./src/taskpane/engine.ts"
/*!********************************!*\
  !*** ./src/taskpane/engine.ts ***!
  \********************************/
(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CancelledError: () => (/* binding */ CancelledError),
/* harmony export */   inlineEngine: () => (/* binding */ inlineEngine),
/* harmony export */   runEngine: () => (/* binding */ runEngine)
/* harmony export */ });
/* harmony import */ var _core_consolidate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ../core/consolidate */ "./src/core/consolidate/index.ts");
/* harmony import */ var _core_render__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ../core/render */ "./src/core/render/index.ts");
/**
 * Runs the engine (consolidate + render) away from the UI's click handlers: in a Web Worker when the page can
 * start one (worker-engine.ts), or inline after yielding to the browser so the progress bar shows.
 */


class CancelledError extends Error {
    constructor() {
        super('cancelled');
    }
}
/** The engine's work, shared by the inline runner and the worker. Stage weights make one 0..1 progress. */
function runEngine(request, onProgress) {
    const base = { detect: [0, 0.6], match: [0.6, 0.75], merge: [0.75, 0.85], check: [0.85, 0.95], render: [0.95, 1] };
    const result = (0,_core_consolidate__WEBPACK_IMPORTED_MODULE_0__.consolidate)(request.grids, {
        catalog: request.catalog,
        expectedUnits: request.expectedUnits.length ? request.expectedUnits : undefined,
        period: request.period || undefined,
        onProgress: (f, stage) => onProgress(base[stage][0] + f * (base[stage][1] - base[stage][0]), stage),
    });
    onProgress(0.95, 'render');
    const spec = (0,_core_render__WEBPACK_IMPORTED_MODULE_1__.renderWorkbook)(result, request.render);
    onProgress(1, 'render');
    return { result, spec };
}
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Inline runner: yields once so the UI paints "running", then runs; cancel is honoured before and after. */
const inlineEngine = async (request, onProgress, signal) => {
    onProgress(0, 'detect');
    await nextFrame();
    if (signal.aborted)
        throw new CancelledError();
    const out = runEngine(request, onProgress);
    await nextFrame();
    if (signal.aborted)
        throw new CancelledError();
    return out;
};


/***/ }

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	const __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __webpack_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		const cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		const module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		if (!(moduleId in __webpack_modules__)) {
/******/ 			delete __webpack_module_cache__[moduleId];
/******/ 			const e = new Error("Cannot find module '" + moduleId + "'");
/******/ 			e.code = 'MODULE_NOT_FOUND';
/******/ 			throw e;
/******/ 		}
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/define property getters */
/******/ 	// define getter/value functions for harmony exports
/******/ 	__webpack_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop));
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	// define __esModule on exports
/******/ 	__webpack_require__.r = (exports) => {
/******/ 		Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ 	
/************************************************************************/
let __webpack_exports__ = {};
// This entry needs to be wrapped in an IIFE because it needs to be isolated against other modules in the chunk.
(() => {
/*!***************************************!*\
  !*** ./src/taskpane/engine.worker.ts ***!
  \***************************************/
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _engine__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./engine */ "./src/taskpane/engine.ts");
/// <reference lib="webworker" />
/* The engine in a Web Worker: the task pane stays responsive, and cancel terminates the worker. */

self.onmessage = (event) => {
    try {
        const out = (0,_engine__WEBPACK_IMPORTED_MODULE_0__.runEngine)(event.data, (fraction, stage) => self.postMessage({ kind: 'progress', fraction, stage }));
        self.postMessage({ kind: 'done', out });
    }
    catch (e) {
        self.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
};

})();

/******/ })()
;
//# sourceMappingURL=src_taskpane_engine_worker_ts.js.map