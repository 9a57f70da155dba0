/*
 * The task pane's gate, in plain ES5 (this file is not bundled): it runs in any webview, including Internet
 * Explorer 11 and EdgeHTML, which Office 2016/2019 and some Windows set-ups still use for add-ins. The bundle
 * is ES2022 and cannot run there (its script fails to parse, leaving a blank pane): instead, this page says so.
 * A webview with the ES2022 features the bundle needs lets the pane start as usual.
 */
(function () {
  var modern =
    typeof Promise === 'function' &&
    typeof Array.prototype.at === 'function' &&
    typeof Object.hasOwn === 'function' &&
    typeof String.prototype.replaceAll === 'function';
  if (modern) return;
  // index.tsx looks at this before it renders anything.
  window.tonghopTooOld = true;
  var english = /^en/i.test((navigator.language || navigator.userLanguage || '') + '');
  var lines = english
    ? [
        'Tổng hợp cannot run in this version of Office.',
        'It needs Excel 2021 or later, Microsoft 365, Excel on the web or Excel on Mac, with the Microsoft Edge WebView2 control on Windows (Office 2016 and 2019 show add-ins with Internet Explorer or the old Edge, which cannot run it).',
        'Excel on the web (office.com) works in any recent browser.',
      ]
    : [
        'Tổng hợp không chạy được trên phiên bản Office này.',
        'Cần Excel 2021 trở lên, Microsoft 365, Excel trên web hoặc Excel trên Mac; trên Windows cần có Microsoft Edge WebView2 (Office 2016 và 2019 mở phần bổ trợ bằng Internet Explorer hoặc Edge cũ, không chạy được).',
        'Có thể dùng Excel trên web (office.com) bằng một trình duyệt mới.',
      ];
  function show() {
    var root = document.getElementById('root') || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.cssText =
      'margin:12px;padding:12px;border:1px solid #c50f1f;border-radius:4px;background:#fdf3f4;color:#242424;font:14px/1.45 "Segoe UI",Arial,sans-serif';
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement(i === 0 ? 'strong' : 'p');
      p.appendChild(document.createTextNode(lines[i]));
      if (i > 0) p.style.margin = '8px 0 0';
      box.appendChild(p);
    }
    root.appendChild(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
