// Suggestions as you type, for every search box with a <datalist>: asks /api/suggest and fills the
// list; choosing a suggestion opens its page. No library, no network beyond this service.
(function () {
  var lang = document.documentElement.lang || 'zh';
  document.querySelectorAll('input[type=search][list]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var hrefs = {};
    var timer = null;
    input.addEventListener('input', function (event) {
      var q = input.value.trim();
      // A suggestion picked from the list (no inputType, or a replacement) opens its page; typing
      // the same letters by hand does not.
      var picked = !event.inputType || event.inputType === 'insertReplacementText';
      if (picked && hrefs[q]) {
        window.location.href = hrefs[q];
        return;
      }
      clearTimeout(timer);
      if (!q) {
        list.textContent = '';
        return;
      }
      timer = setTimeout(function () {
        fetch('/api/suggest?lang=' + encodeURIComponent(lang) + '&q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (suggestions) {
            list.textContent = '';
            hrefs = {};
            suggestions.forEach(function (s) {
              var option = document.createElement('option');
              option.value = s.label;
              option.label = s.kind;
              hrefs[s.label] = s.href;
              list.appendChild(option);
            });
          })
          .catch(function () { list.textContent = ''; });
      }, 150);
    });
  });
})();
