// What-if: after "Laske" the page opens at #whatif-result; focus moves to the result so a
// keyboard or screen-reader user continues from the new ranks. No inline script (CSP).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (location.hash !== '#whatif-result') { return; }
    var result = document.getElementById('whatif-result');
    if (result) { result.focus(); }
  });
}());
