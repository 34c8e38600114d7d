// The steering pack: the dashboard's charts drawn by its own script, but with ECharts' SVG renderer, so the
// printed PDF holds vector graphics and text instead of a bitmap. Loaded after echarts.js, before dashboard.js.
// Each drawn chart then becomes an <img> of its SVG (still vector in the PDF) whose alt text is the chart's
// title and text summary: Chromium tags an image as a Figure with that /Alt in the tagged PDF, where a live
// chart would be untagged drawing.
(function () {
  'use strict';
  var init = echarts.init;

  function asImage(dom) {
    var frame = dom.closest('.chart-frame');
    var svg = dom.querySelector('svg');
    if (!frame || !svg || frame.querySelector('img')) { return; }
    var img = document.createElement('img');
    img.alt = frame.getAttribute('aria-label');
    img.width = Math.round(svg.width.baseVal.value);
    img.height = Math.round(svg.height.baseVal.value);
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    frame.removeAttribute('role');
    frame.removeAttribute('aria-label');
    frame.appendChild(img);
    dom.style.setProperty('display', 'none', 'important');
  }

  echarts.init = function (dom, theme, opts) {
    var chart = init.call(echarts, dom, theme, Object.assign({}, opts, { renderer: 'svg' }));
    // registered before dashboard.js marks the chart drawn, so the image is there when the page counts as ready
    chart.on('finished', function () { asImage(dom); });
    return chart;
  };
}());
