/* Directory search without reloads: the form's state goes to the URL (history.pushState), the page's own
   fragment replaces the filters and results, and the result count is announced to screen readers.
   Without this script the same form submits normally; on any failure we fall back to a normal navigation. */
(function () {
  "use strict";
  var form = document.querySelector("[data-directory-search]");
  if (!form || !window.fetch || !window.DOMParser || !window.history || !window.history.pushState) {
    return;
  }
  var HEADER = "directory-search";
  var REGIONS = ["search-filter-toggle", "search-facets", "search-results", "search-follow"];
  var announcer = document.getElementById("search-announcer");
  var textInput = form.querySelector("input[name='q']");
  var controller = null;
  var typingTimer = null;

  form.classList.add("directory-search--live");

  // Wide screens show the filters beside the results (the stylesheet does it too where browsers allow).
  var panel = form.querySelector("[data-filters-panel]");
  if (panel && window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) { panel.open = true; }

  function formUrl() {
    var params = new URLSearchParams();
    var hasPlace = false;
    new FormData(form).forEach(function (value, key) {
      if (key === "near" && value) { hasPlace = true; }
    });
    new FormData(form).forEach(function (value, key) {
      if (value === "" || (key === "radius" && !hasPlace) || (key === "sort" && value === "relevance")) {
        return;
      }
      params.append(key, value);
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function syncTextInput(url) {
    if (textInput && document.activeElement !== textInput) {
      textInput.value = new URL(url, window.location.href).searchParams.get("q") || "";
    }
  }

  // The language switcher leads to the same search in another language (the server writes it so on every
  // full page); after a search without reload, its links take the new parameters, all language-independent.
  function keepSearchAcrossLanguages(url) {
    var search = new URL(url, window.location.href).search;
    document.querySelectorAll(".language-switcher a[hreflang]").forEach(function (link) {
      var target = new URL(link.getAttribute("href"), window.location.href);
      target.search = search;
      link.setAttribute("href", target.pathname + target.search);
    });
  }

  function load(url, push) {
    if (controller) { controller.abort(); }
    controller = new AbortController();
    var focusedId = document.activeElement ? document.activeElement.id : "";
    form.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "X-Requested-With": HEADER }, signal: controller.signal, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        REGIONS.forEach(function (id) {
          var source = fresh.getElementById(id);
          var target = document.getElementById(id);
          if (source && target) { target.innerHTML = source.innerHTML; }
        });
        if (push) { window.history.pushState({ directorySearch: true }, "", url); }
        keepSearchAcrossLanguages(url);
        syncTextInput(url);
        var again = focusedId && document.getElementById(focusedId);
        if (again && again !== document.activeElement) { again.focus(); }
        var summary = document.getElementById("search-summary");
        if (announcer && summary) { announcer.textContent = summary.textContent; }
        form.removeAttribute("aria-busy");
        return true;
      })
      .catch(function (error) {
        form.removeAttribute("aria-busy");
        if (error.name !== "AbortError") { window.location.assign(url); }
        return false;
      });
  }

  form.addEventListener("change", function (event) {
    // Controls of another form inside this one (the result cards' "Compare" boxes) do not change the search.
    if (event.target === textInput || event.target.form !== form) { return; }
    load(formUrl(), true);
  });

  form.addEventListener("input", function (event) {
    if (event.target !== textInput) { return; }
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(function () { load(formUrl(), true); }, 400);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    var fromPanel = panel && panel.open && !window.matchMedia("(min-width: 60rem)").matches &&
      event.submitter && panel.contains(event.submitter);
    load(formUrl(), true).then(function (done) {
      if (done && fromPanel) {
        // "Show n results" on a phone: fold the panel away and start reading the results.
        panel.open = false;
        var results = document.getElementById("search-results");
        if (results) { results.focus(); results.scrollIntoView({ block: "start" }); }
      }
    });
  });

  form.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-search-link]") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
    event.preventDefault();
    load(link.href, true).then(function (done) {
      var results = document.getElementById("search-results");
      if (done && results && link.closest("nav")) {
        // A new page of results: start reading from the top of the list.
        results.focus();
        results.scrollIntoView({ block: "start" });
      }
    });
  });

  window.addEventListener("popstate", function () {
    load(window.location.href, false);
  });
})();
