/* Ribbon commands. The ribbon button opens the task pane (ShowTaskpane in the manifest), so this page only
 * has to initialise Office; function commands would be associated here. */
// onReady's promise only resolves (with the host info the callback also gets): nothing to wait for or catch.
void Office.onReady(() => {
  // Nothing to register yet: the only button is a ShowTaskpane action.
});

export {};
