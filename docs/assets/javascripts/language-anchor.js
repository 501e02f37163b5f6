/* The language switcher keeps the reader at the same place: anchors (#s-…, #d-…, #item-…) are the same
   in every language, so the address's #fragment is carried to the other language's page.

   The links get target="_self" (which changes nothing for the browser) so that the theme leaves them
   alone: mkdocs-material 9.8 catches clicks on links to an alternate page, looks the current path up
   in a sitemap.xml beside that page and, finding none, navigates to the alternate without the
   #fragment (and without the trailing slash). */
(function () {
  function carryAnchor() {
    Array.prototype.forEach.call(document.querySelectorAll("a.md-select__link[hreflang]"), function (link) {
      link.setAttribute("href", link.getAttribute("href").split("#")[0] + window.location.hash);
      link.setAttribute("target", "_self");
    });
  }

  document.addEventListener("DOMContentLoaded", carryAnchor);
  window.addEventListener("hashchange", carryAnchor);
})();
