// Starts Pagefind's search UI on the search page. When the index was not built (the site works
// without it) PagefindUI is missing and the page keeps its plain message and links.
window.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('search');
  if (!root || typeof PagefindUI !== 'function') {
    return;
  }
  var fallback = root.querySelector('.search-fallback');
  if (fallback) {
    fallback.remove();
  }
  new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    translations: { placeholder: 'Search briefs, actors, demands' },
  });
});
