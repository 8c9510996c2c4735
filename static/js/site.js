// Progressive enhancement only: every page works without this file.
(() => {
  // Styles reveal enhanced controls (live filters, autocomplete) only when scripts run.
  document.documentElement.classList.add("js");
})();
