/* The language switcher keeps the reader at the same place: anchors (#s-…, #d-…, #item-…) are the same
   in every language, so the address's #fragment is carried to the other language's page. */
(function () {
  function carryAnchor() {
    Array.prototype.forEach.call(document.querySelectorAll("a.md-select__link[hreflang]"), function (link) {
      link.setAttribute("href", link.getAttribute("href").split("#")[0] + window.location.hash);
    });
  }

  document.addEventListener("DOMContentLoaded", carryAnchor);
  window.addEventListener("hashchange", carryAnchor);
})();
