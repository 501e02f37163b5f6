/* The theme's inline script after the content (mkdocs-material 9.8.2, partials/javascripts/content.html)
   as a file (overrides/partials/javascripts/content.html): it opens the tab a link's #fragment names.
   Keep in step with the pinned theme. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
