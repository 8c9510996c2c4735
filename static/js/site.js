// Progressive enhancement only: every page works without this file.
(() => {
  // Styles reveal enhanced controls (live filters, autocomplete) only when scripts run.
  document.documentElement.classList.add("js");
})();

// The menu's <details>: open from 60rem (where its button is hidden), closed by Escape on phones.
(() => {
  const menu = document.querySelector("[data-site-menu]");
  if (!menu) return;
  const wide = window.matchMedia("(min-width: 60rem)");
  const sync = () => { menu.open = wide.matches; };
  sync();
  wide.addEventListener("change", sync);
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
})();
