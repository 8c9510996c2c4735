// Title suggestions under the search field (ARIA 1.2 combobox with a listbox popup).
// Progressive enhancement: without this file the form simply submits.
(() => {
  const MIN_LENGTH = 2;
  const DELAY = 200;

  function setUp(container) {
    const input = container.querySelector("input[type=search]");
    const url = container.dataset.suggestUrl;
    if (!input || !url || !window.fetch) return;

    const listId = `${input.id}-suggestions`;
    const list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    list.hidden = true;
    container.appendChild(list);

    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    container.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    let items = [];
    let active = -1;
    let timer = null;
    let controller = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      const options = list.querySelectorAll("[role=option]");
      options.forEach((option, i) => option.setAttribute("aria-selected", i === index ? "true" : "false"));
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      items = suggestions;
      list.replaceChildren();
      suggestions.forEach((item, index) => {
        const option = document.createElement("li");
        option.id = `${listId}-${index}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        const title = document.createElement("span");
        title.textContent = item.title;
        const kind = document.createElement("span");
        kind.className = "search-suggestions__kind";
        kind.textContent = item.kind;
        option.append(title, kind);
        option.addEventListener("mousedown", (event) => {
          event.preventDefault(); // keep the focus in the field until we navigate
          window.location.assign(item.url);
        });
        list.appendChild(option);
      });
      const open = suggestions.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      active = -1;
      const template = container.dataset.countText || "{count}";
      status.textContent = open ? template.replace("{count}", String(suggestions.length)) : "";
    }

    async function fetchSuggestions() {
      const text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        render([]);
        return;
      }
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        const response = await fetch(`${url}?q=${encodeURIComponent(text)}`, {
          headers: { Accept: "application/json" },
          signal: controller.signal,
        });
        if (!response.ok) return;
        const data = await response.json();
        if (input.value.trim() === text) render(data.suggestions || []);
      } catch (error) {
        if (error.name !== "AbortError") render([]);
      }
    }

    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", (event) => {
      const open = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown" && open) {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].url);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", () => window.setTimeout(close, 150));
  }

  document.querySelectorAll("[data-suggest-url]").forEach(setUp);
})();
