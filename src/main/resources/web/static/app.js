// hindsight workbench: niceties only; every page works without this file.
(function () {
  "use strict";
  // filters: a changed select or checkbox applies at once
  document.querySelectorAll(".autosubmit").forEach(function (el) {
    el.addEventListener("change", function () { if (el.form) { el.form.submit(); } });
  });
  // "copy link": the page's state is its URL
  document.querySelectorAll(".copy-link").forEach(function (b) {
    if (!navigator.clipboard) { return; }
    b.hidden = false;
    b.addEventListener("click", function () {
      navigator.clipboard.writeText(window.location.href).then(function () { b.textContent = "Link copied"; });
    });
  });
  // the article view scrolls to the item a link pointed at
  var focus = document.querySelector(".m-focus");
  if (focus) { focus.scrollIntoView({ block: "center" }); }
}());
