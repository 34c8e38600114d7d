// The steering pack: the dashboard's charts drawn by its own script, but with ECharts' SVG renderer, so the
// printed PDF holds vector graphics and text instead of a bitmap. Loaded after echarts.js, before dashboard.js.
(function () {
  'use strict';
  var init = echarts.init;
  echarts.init = function (dom, theme, opts) {
    return init.call(echarts, dom, theme, Object.assign({}, opts, { renderer: 'svg' }));
  };
}());
