// Starts Pagefind's search UI on the search page. When the index was not built (the site works
// without it) PagefindUI is missing and the page keeps its plain message and links.
window.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('search');
  var bundle = document.querySelector('script[src$="pagefind-ui.js"]');
  if (!root || !bundle || typeof PagefindUI !== 'function') {
    return;
  }
  // Pagefind 1.6's UI can lose its filter list for good when the reader's first search races its
  // own filter load (seen on slow networks), so the index and filters load before the UI starts.
  // The UI imports the same module URL, so it shares this already-loaded instance.
  var module = bundle.src.replace(/pagefind-ui\.js([?#].*)?$/, 'pagefind.js');
  import(module)
    .then(function (pagefind) { return pagefind.filters(); })
    .catch(function () { /* the UI reports its own loading errors */ })
    .then(start);

  function start() {
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
  }
});
