// What each chart of the page actually drew, read from its ECharts instance (the rendered display list,
// not the option): the texts drawn, each category of a category axis that is not drawn whole and inside
// the chart, and the chart's aria label. Wrapped labels are drawn as several spans of one text: joined.
window.chartProbe = function () {
  function norm(s) { return String(s).replace(/\{[a-zA-Z]+\|([^}]*)\}/g, '$1').replace(/\s+/g, ' ').trim(); }
  return [...document.querySelectorAll('.chart')].map(function (el) {
    var chart = echarts.getInstanceByDom(el);
    if (!chart) { return { id: el.id, drawn: false }; }
    var w = chart.getWidth(), h = chart.getHeight();
    var texts = new Map();
    chart.getZr().storage.getDisplayList(true).forEach(function (e) {
      if (e.type !== 'tspan' || e.invisible || !e.style || e.style.text == null) { return; }
      var owner = e.parent || e;
      var entry = texts.get(owner) || { parts: [], inside: true };
      entry.parts.push(String(e.style.text));
      var r = e.getBoundingRect().clone();
      var m = e.getComputedTransform();
      if (m) { r.applyTransform(m); }
      if (r.x < -1 || r.y < -1 || r.x + r.width > w + 1 || r.y + r.height > h + 1) { entry.inside = false; }
      texts.set(owner, entry);
    });
    var drawn = [...texts.values()].map(function (t) { return { text: norm(t.parts.join('')), inside: t.inside }; });
    var option = chart.getOption(), categories = [];
    ['xAxis', 'yAxis'].forEach(function (k) {
      (option[k] || []).forEach(function (axis) {
        if (axis.type === 'category' && axis.show !== false && axis.axisLabel && axis.axisLabel.show !== false) {
          (axis.data || []).forEach(function (c) { categories.push(norm(c && c.value !== undefined ? c.value : c)); });
        }
      });
    });
    var whole = new Set(drawn.filter(function (t) { return t.inside; }).map(function (t) { return t.text; }));
    return {
      id: el.id, drawn: true, categories: categories.length,
      missing: categories.filter(function (c) { return !whole.has(c); }),
      cut: drawn.filter(function (t) { return !t.inside || /…|\.\.\.$/.test(t.text); }).map(function (t) { return t.text; }),
      texts: drawn.map(function (t) { return t.text; }),
      aria: el.getAttribute('aria-label') || '', ariaInner: [...el.querySelectorAll('[aria-label]')].map(function (n) { return n.getAttribute('aria-label'); })
    };
  });
};
