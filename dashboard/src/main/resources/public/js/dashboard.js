// Draws every chart of the page from its figure API with ECharts: aria descriptions and
// decal patterns on, so that series differ by pattern as well as colour. No inline script.
(function () {
  'use strict';
  var PALETTE = ['#0b57a4', '#b35900', '#2e7d32', '#6a1b9a', '#c62828', '#00695c', '#4e342e', '#37474f'];
  var charts = {};

  function unique(values) {
    var seen = [];
    values.forEach(function (v) { if (seen.indexOf(v) < 0) { seen.push(v); } });
    return seen;
  }

  function col(fig, name) { return fig.columns.indexOf(name); }

  function base(fig) {
    return {
      color: PALETTE,
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'item' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true }
    };
  }

  // Category charts: one series per value column, or per value of the series column.
  function categorical(fig, horizontal, stacked, line) {
    var x = col(fig, fig.chart.x);
    var cats = unique(fig.rows.map(function (r) { return String(r[x]); }));
    var series = [];
    if (fig.chart.series) {
      var s = col(fig, fig.chart.series), y = col(fig, fig.chart.y[0]);
      unique(fig.rows.map(function (r) { return String(r[s]); })).forEach(function (name) {
        var data = cats.map(function (c) {
          var row = fig.rows.find(function (r) { return String(r[x]) === c && String(r[s]) === name; });
          return row ? row[y] : null;
        });
        series.push({ name: name, data: data });
      });
    } else {
      fig.chart.y.forEach(function (name) {
        var y = col(fig, name);
        series.push({ name: fig.labels[name], data: fig.rows.map(function (r) { return r[y]; }) });
      });
    }
    series.forEach(function (s) { s.type = line ? 'line' : 'bar'; if (stacked) { s.stack = 'all'; } });
    var catAxis = { type: 'category', data: cats, axisLabel: { width: 220, overflow: 'truncate' } };
    var valAxis = { type: 'value' };
    if (horizontal) { catAxis.inverse = true; }
    return Object.assign(base(fig), {
      xAxis: horizontal ? valAxis : catAxis, yAxis: horizontal ? catAxis : valAxis, series: series,
      tooltip: { trigger: 'axis' }
    });
  }

  function heatmap(fig) {
    var x = col(fig, fig.chart.x), y = col(fig, fig.chart.y[0]), v = col(fig, fig.chart.y[1]);
    var xs = unique(fig.rows.map(function (r) { return r[x]; }));
    var ys = unique(fig.rows.map(function (r) { return r[y]; }));
    var data = fig.rows.map(function (r) { return [xs.indexOf(r[x]), ys.indexOf(r[y]), r[v]]; });
    return Object.assign(base(fig), {
      legend: { show: false },
      grid: { left: 8, right: 24, top: 8, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: xs }, yAxis: { type: 'category', data: ys, inverse: true, axisLabel: { width: 260, overflow: 'truncate' } },
      visualMap: { min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: { color: ['#f3f6f9', '#6a9fd1', '#0b3d6b'] } },
      series: [{ type: 'heatmap', name: fig.labels[fig.chart.y[1]], data: data, label: { show: true, color: '#000' } }]
    });
  }

  function scatter(fig) {
    var x = col(fig, fig.chart.x), y = col(fig, fig.chart.y[0]), s = col(fig, fig.chart.series);
    var series = unique(fig.rows.map(function (r) { return r[s]; })).map(function (name) {
      return { type: 'scatter', name: name, symbolSize: 8,
        data: fig.rows.filter(function (r) { return r[s] === name; }).map(function (r) { return [r[x], r[y]]; }) };
    });
    return Object.assign(base(fig), {
      xAxis: { type: 'value', scale: true, name: fig.labels[fig.chart.x] },
      yAxis: { type: 'value', scale: true, name: fig.labels[fig.chart.y[0]] }, series: series
    });
  }

  // Timeline: quarters 2021Q1..2025Q4 as 0..19; an invisible bar carries each action to its start.
  function quarter(q) { return q ? (parseInt(q.substring(0, 4), 10) - 2021) * 4 + parseInt(q.substring(5), 10) - 1 : null; }
  function timeline(fig) {
    var x = col(fig, fig.chart.x), start = col(fig, fig.chart.y[0]), end = col(fig, fig.chart.y[1]), s = col(fig, fig.chart.series);
    var labels = fig.rows.map(function (r) { return r[x]; });
    var quarters = [];
    for (var yr = 2021; yr <= 2025; yr++) { for (var q = 1; q <= 4; q++) { quarters.push(yr + 'Q' + q); } }
    var series = [{ type: 'bar', name: '', stack: 't', silent: true, itemStyle: { color: 'transparent', decal: { symbol: 'none' } },
      data: fig.rows.map(function (r) { return quarter(r[start]); }) }];
    unique(fig.rows.map(function (r) { return r[s]; })).forEach(function (status) {
      series.push({ type: 'bar', name: fig.labels[status] || status, stack: 't',
        data: fig.rows.map(function (r) { return r[s] === status ? quarter(r[end]) - quarter(r[start]) + 1 : null; }) });
    });
    // Dependencies: an arrow from the end of the action waited for to the start of the one that waits.
    var d = col(fig, 'depends_on'), arrows = [];
    if (d >= 0) {
      fig.rows.forEach(function (r, i) {
        String(r[d] || '').split('; ').forEach(function (name) {
          var j = labels.indexOf(name);
          if (name && j >= 0) { arrows.push({ coords: [[quarter(fig.rows[j][end]) + 1, j], [quarter(r[start]), i]] }); }
        });
      });
    }
    if (arrows.length) {
      series.push({ type: 'lines', name: fig.labels.depends_on, coordinateSystem: 'cartesian2d', silent: true, z: 5,
        symbol: ['circle', 'arrow'], symbolSize: [4, 9], lineStyle: { color: '#222', width: 1.5, curveness: 0.25 }, data: arrows });
    }
    return Object.assign(base(fig), {
      legend: { data: series.slice(1).map(function (x) { return x.name; }), top: 0 },
      xAxis: { type: 'value', min: 0, max: 20, interval: 4, axisLabel: { formatter: function (v) { return quarters[v] || ''; } } },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 320, overflow: 'truncate' } },
      series: series
    });
  }

  // Ranges (rank intervals): an invisible bar carries each row to its low end, a bar spans low to
  // high, a point marks the middle value (the published rank). Rank 1 is the best, on the left.
  function range(fig) {
    var x = col(fig, fig.chart.x), lo = col(fig, fig.chart.y[0]), mid = col(fig, fig.chart.y[1]), hi = col(fig, fig.chart.y[2]);
    var enc = echarts.format.encodeHTML;
    var spanName = fig.labels[fig.chart.y[0]] + ' – ' + fig.labels[fig.chart.y[2]], pointName = fig.labels[fig.chart.y[1]];
    return Object.assign(base(fig), {
      legend: { data: [spanName, pointName], top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
        var r = fig.rows[ps[0].dataIndex];
        return enc(String(r[x])) + '<br>' + enc(spanName) + ': ' + r[lo] + '–' + r[hi] + '<br>' + enc(pointName) + ': ' + r[mid];
      } },
      xAxis: { type: 'value', min: 0, name: pointName },
      yAxis: { type: 'category', data: fig.rows.map(function (r) { return r[x]; }), inverse: true,
        axisLabel: { width: 320, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: '', stack: 'r', silent: true, itemStyle: { color: 'transparent', decal: { symbol: 'none' } },
          data: fig.rows.map(function (r) { return r[lo]; }) },
        { type: 'bar', name: spanName, stack: 'r', barWidth: '45%', itemStyle: { color: '#6a9fd1' },
          data: fig.rows.map(function (r) { return r[hi] - r[lo]; }) },
        { type: 'scatter', name: pointName, symbolSize: 10, itemStyle: { color: '#0b3d6b' }, z: 3,
          data: fig.rows.map(function (r, i) { return [r[mid], i]; }) }
      ]
    });
  }

  function option(fig) {
    switch (fig.chart.type) {
      case 'HBAR': return categorical(fig, true, false, false);
      case 'STACKED': return categorical(fig, false, true, false);
      case 'LINE': return categorical(fig, false, false, true);
      case 'HEATMAP': return heatmap(fig);
      case 'SCATTER': return scatter(fig);
      case 'TIMELINE': return timeline(fig);
      case 'RANGE': return range(fig);
      default: return categorical(fig, false, false, false);
    }
  }

  function draw(el) {
    fetch(el.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (fig) {
        if (fig.chart.type === 'TIMELINE' || fig.chart.type === 'HEATMAP' || fig.chart.type === 'HBAR' || fig.chart.type === 'RANGE') {
          var bars = fig.chart.type === 'HEATMAP'
            ? unique(fig.rows.map(function (r) { return r[col(fig, fig.chart.y[0])]; })).length : fig.rows.length;
          el.style.height = Math.max(320, bars * 24 + 120) + 'px';
        }
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        chart.on('finished', function () { el.setAttribute('data-drawn', 'true'); });
        chart.setOption(option(fig));
        charts[el.id] = chart;
      })
      .catch(function (e) { el.setAttribute('data-error', String(e)); });
  }

  function savePng(button) {
    var chart = charts[button.getAttribute('data-chart')];
    if (!chart) { return; }
    var a = document.createElement('a');
    a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    a.download = button.getAttribute('data-chart').replace(/^chart-/, '') + '.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.chart[data-src]').forEach(draw);
    document.querySelectorAll('button.png').forEach(function (b) {
      b.addEventListener('click', function () { savePng(b); });
    });
    window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  });
}());
