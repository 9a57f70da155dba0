/* Ribbon commands. The ribbon button opens the task pane (ShowTaskpane in the manifest), so this page only
 * has to initialise Office; function commands would be associated here. */
Office.onReady(() => {
  // Nothing to register yet: the only button is a ShowTaskpane action.
});

export {};
