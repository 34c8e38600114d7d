// Draws every chart of the page from its figure API with ECharts, in the page's language (<html lang>):
// numbers, money, percentages and quarters as the language writes them (Intl), ECharts' own texts from
// its locale, the aria description from the server's summary. Every category keeps its label: long or
// many labels turn bars horizontal and wrap. ECharts is loaded only when the page has a chart.
// No inline script (CSP).
(function () {
  'use strict';
  var LANG = document.documentElement.lang || 'fi';
  // The page's locale for numbers and dates (fi-FI, sv-FI, en-GB), as the server formats its tables.
  var firstChart = document.querySelector('.chart[data-locale]');
  var LOCALE = (firstChart && firstChart.getAttribute('data-locale')) || LANG;
  var PALETTE = ['#0b57a4', '#b35900', '#2e7d32', '#6a1b9a', '#c62828', '#00695c', '#4e342e', '#37474f'];
  // One colour and pattern per roadmap status on every chart and legend of the site.
  var STATUS = {
    done: { color: '#2e7d32', decal: { symbol: 'none' } },
    in_progress: { color: '#0b57a4', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -0.785 } },
    planned: { color: '#767676', decal: { symbol: 'circle', symbolSize: 0.5, dashArrayX: [[4, 4]], dashArrayY: [4, 4] } },
    dropped: { color: '#c62828', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.785 } }
  };
  STATUS.not_started = STATUS.planned;
  var LABEL_CHARS_PX = 7; // a label's width per character at ECharts' 12 px font, about
  var charts = {};

  function unique(values) {
    var seen = [];
    values.forEach(function (v) { if (seen.indexOf(v) < 0) { seen.push(v); } });
    return seen;
  }

  function col(fig, name) { return fig.columns.indexOf(name); }

  // ---- the page's language: numbers, units, codes, quarters ----

  function digits(fig, column) {
    var i = col(fig, column), d = 0;
    fig.rows.forEach(function (r) {
      var v = r[i];
      if (typeof v === 'number' && isFinite(v) && Math.round(v) !== v) {
        var s = String(v), dot = s.indexOf('.');
        d = Math.max(d, Math.min(2, dot < 0 ? 0 : s.length - dot - 1));
      }
    });
    return d;
  }

  // The unit a column's name carries: _eur euros, _pct per cent.
  function unit(column) {
    return /_eur$/.test(column || '') ? 'eur' : /_pct$/.test(column || '') ? 'pct' : '';
  }

  var formats = {};
  function number(v, unitName, fractionDigits) {
    if (v === null || v === undefined || v === '' || (typeof v === 'number' && !isFinite(v))) { return '–'; }
    if (typeof v !== 'number') { return String(v); }
    var key = unitName + '/' + fractionDigits;
    if (!formats[key]) {
      var o = { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
      if (unitName === 'eur') { o.style = 'currency'; o.currency = 'EUR'; }
      if (unitName === 'pct') { o.style = 'percent'; }
      formats[key] = new Intl.NumberFormat(LOCALE, o);
    }
    return formats[key].format(unitName === 'pct' ? v / 100 : v);
  }

  // A formatter for one value column: its unit, and as many decimals as its most precise value.
  function formatter(fig, column) {
    var u = unit(column), d = column ? digits(fig, column) : 0;
    return function (v) { return number(v, u, d); };
  }

  // Axis ticks: the unit, and only the decimals the step needs.
  function tick(unitName) {
    return function (v) {
      var s = String(v), dot = s.indexOf('.');
      return number(v, unitName, dot < 0 ? 0 : Math.min(2, s.length - dot - 1));
    };
  }

  function code(fig, v) { return v === null || v === undefined ? '–' : (fig.codes && fig.codes[v]) || String(v); }

  var TIME = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' });

  // A category as a person reads it: a time in Helsinki time, a quarter written out, a code by its label.
  function category(fig, column, v) {
    if (/_at$/.test(column) && v && !isNaN(Date.parse(v))) { return TIME.format(new Date(v)); }
    if (/_quarter$/.test(column)) { return quarterText(fig, v); }
    return code(fig, v);
  }

  function text(fig, key, args) {
    var t = (fig.texts && fig.texts[key]) || '';
    (args || []).forEach(function (a, i) { t = t.split('{' + i + '}').join(a); });
    return t;
  }

  function quarterText(fig, q) {
    var m = /^(\d{4})Q([1-4])$/.exec(q || '');
    return m ? text(fig, 'quarter', [m[2], m[1]]) : (q || '–');
  }

  function enc(s) { return echarts.format.encodeHTML(String(s)); }

  // ---- common parts ----

  function base(fig) {
    return {
      color: PALETTE,
      animation: false,
      // The description screen readers hear: the figure's title and the server's summary, in the page's language.
      aria: { enabled: true, decal: { show: true }, label: { description: fig.title + '. ' + fig.summary } },
      tooltip: { trigger: 'item', confine: true },
      legend: { top: 0, left: 'center', itemGap: 12 },
      grid: { left: 8, right: 24, top: 40, bottom: 8 }
    };
  }

  // A legend that wraps onto rows (a paged legend hides entries on phones): the grid starts below its rows.
  function legendHeight(el, names) {
    var width = names.reduce(function (w, n) { return w + String(n).length * LABEL_CHARS_PX + 42; }, 0);
    return 10 + Math.max(1, Math.ceil(width / Math.max(200, el.clientWidth - 40))) * 24;
  }

  function statusStyle(name, series) {
    var st = STATUS[name];
    if (st) { series.itemStyle = Object.assign({}, series.itemStyle, { color: st.color, decal: st.decal }); }
    return series;
  }

  // The widest a category label may be: a share of the chart's width, so that phones keep room for the bars.
  function labelWidth(el, share, most) { return Math.max(90, Math.min(most, Math.floor(el.clientWidth * share))); }

  function narrow(el) { return el.clientWidth < 600; }

  function longest(labels) { return labels.reduce(function (n, l) { return Math.max(n, String(l).length); }, 0); }

  // Horizontal when the labels would not fit side by side under the bars.
  function wantsHorizontal(el, cats) {
    var room = (el.clientWidth - 80) / Math.max(1, cats.length);
    return cats.length > 8 || longest(cats) * LABEL_CHARS_PX > room;
  }

  function axisTooltip(fig, formatters) {
    return function (ps) {
      var list = Array.isArray(ps) ? ps : [ps];
      var lines = [enc(list[0].name)];
      list.forEach(function (p) {
        if (p.seriesType === 'custom' || p.value === null || p.value === undefined || p.seriesName === '') { return; }
        var f = formatters[p.seriesName] || String;
        var v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
        lines.push(p.marker + enc(p.seriesName) + ': ' + enc(f(v)));
      });
      return lines.join('<br>');
    };
  }

  // Error bars for grouped bars: a custom series that draws each interval over its own bar. The bars'
  // gaps are fixed, so the bar's offset within its category is known.
  var BAR_CATEGORY_GAP = 0.3, BAR_GAP = 0.15;
  function intervalSeries(name, data, index, count, horizontal) {
    return {
      type: 'custom', name: name, z: 10, silent: true, encode: horizontal ? { x: [1, 2], y: 0 } : { x: 0, y: [1, 2] },
      data: data,
      renderItem: function (params, api) {
        var cat = api.value(0), lo = api.value(1), hi = api.value(2);
        if (lo === null || hi === null || isNaN(lo) || isNaN(hi)) { return null; }
        var band = api.size(horizontal ? [0, 1] : [1, 0])[horizontal ? 1 : 0];
        var usable = band * (1 - BAR_CATEGORY_GAP);
        var bar = usable / (count + (count - 1) * BAR_GAP);
        var offset = -usable / 2 + index * bar * (1 + BAR_GAP) + bar / 2;
        var a = api.coord(horizontal ? [lo, cat] : [cat, lo]), b = api.coord(horizontal ? [hi, cat] : [cat, hi]);
        var cap = Math.max(3, bar * 0.3), style = { stroke: '#1a1a1a', lineWidth: 1.5 };
        if (horizontal) {
          var y = a[1] + offset;
          return { type: 'group', children: [
            { type: 'line', shape: { x1: a[0], y1: y, x2: b[0], y2: y }, style: style },
            { type: 'line', shape: { x1: a[0], y1: y - cap, x2: a[0], y2: y + cap }, style: style },
            { type: 'line', shape: { x1: b[0], y1: y - cap, x2: b[0], y2: y + cap }, style: style }] };
        }
        var x = a[0] + offset;
        return { type: 'group', children: [
          { type: 'line', shape: { x1: x, y1: a[1], x2: x, y2: b[1] }, style: style },
          { type: 'line', shape: { x1: x - cap, y1: a[1], x2: x + cap, y2: a[1] }, style: style },
          { type: 'line', shape: { x1: x - cap, y1: b[1], x2: x + cap, y2: b[1] }, style: style }] };
      }
    };
  }

  // ---- chart kinds ----

  // Category charts: one series per value column, or per value of the series column. A total row is
  // left out (the summary gives it); every category keeps its label.
  function categorical(fig, el, kind) {
    var x = col(fig, fig.chart.x), totalCol = fig.chart.total ? col(fig, fig.chart.total) : -1;
    var rows = fig.rows.filter(function (r) { return totalCol < 0 || r[totalCol] !== true; });
    var cats = unique(rows.map(function (r) { return category(fig, fig.chart.x, r[x]); }));
    var horizontal = kind === 'hbar' || (kind === 'bar' && wantsHorizontal(el, cats));
    var series = [], formatters = {}, valueColumns = [];
    var lo = fig.chart.interval && fig.chart.interval.length ? col(fig, fig.chart.interval[0]) : -1;
    var hi = lo >= 0 ? col(fig, fig.chart.interval[1]) : -1;
    var intervals = [];
    if (fig.chart.series) {
      var s = col(fig, fig.chart.series), y = col(fig, fig.chart.y[0]);
      var names = unique(rows.map(function (r) { return r[s]; }));
      names.forEach(function (name, k) {
        var label = fig.labels[name] || code(fig, name);
        var picked = cats.map(function (c) {
          return rows.find(function (r) { return category(fig, fig.chart.x, r[x]) === c && r[s] === name; });
        });
        series.push(statusStyle(name, { name: label, data: picked.map(function (r) { return r ? r[y] : null; }) }));
        formatters[label] = formatter(fig, fig.chart.y[0]);
        if (lo >= 0) {
          intervals.push(intervalSeries(text(fig, 'interval'), picked.map(function (r, i) {
            return [i, r ? r[lo] : null, r ? r[hi] : null];
          }), k, names.length, horizontal));
        }
      });
      valueColumns.push(fig.chart.y[0]);
    } else {
      fig.chart.y.forEach(function (name) {
        var y = col(fig, name);
        series.push(statusStyle(name, { name: fig.labels[name], data: rows.map(function (r) { return r[y]; }) }));
        formatters[fig.labels[name]] = formatter(fig, name);
        valueColumns.push(name);
      });
    }
    series.forEach(function (s) {
      s.type = kind === 'line' ? 'line' : 'bar';
      if (kind === 'stacked') { s.stack = 'all'; }
      if (s.type === 'bar') { s.barCategoryGap = (BAR_CATEGORY_GAP * 100) + '%'; s.barGap = (BAR_GAP * 100) + '%'; }
    });
    if (intervals.length) {
      series = series.concat(intervals);
    }
    var units = unique(valueColumns.map(unit)), valueUnit = units.length === 1 ? units[0] : '';
    var catAxis = { type: 'category', data: cats, axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, hideOverlap: false, overflow: 'break', lineHeight: 14 } };
    if (horizontal) {
      catAxis.inverse = true;
      catAxis.axisLabel.width = labelWidth(el, 0.4, 300);
    } else {
      var room = Math.floor((el.clientWidth - 80) / Math.max(1, cats.length)) - 6;
      catAxis.axisLabel.width = Math.max(40, room);
      if (longest(cats) * LABEL_CHARS_PX > room * 3) { catAxis.axisLabel.rotate = 90; catAxis.axisLabel.width = 160; }
    }
    var valAxis = { type: 'value', splitNumber: narrow(el) ? 3 : 5, axisLabel: { formatter: tick(valueUnit), hideOverlap: true } };
    if (valueColumns.length === 1) {
      valAxis.name = fig.labels[valueColumns[0]];
      valAxis.nameLocation = 'middle';
      valAxis.nameGap = horizontal ? 28 : 52;
      if (!horizontal) { valAxis.nameRotate = 90; }
    }
    var height = horizontal ? legendHeight(el, series.map(function (v) { return v.name; })) + Math.max(220, cats.length * (Math.max(1, series.length - intervals.length) * 14 + 22)
      * Math.max(1, Math.ceil(longest(cats) * LABEL_CHARS_PX / catAxis.axisLabel.width) * 0.6) + 110) : null;
    return { height: height, option: Object.assign(base(fig), {
      xAxis: horizontal ? valAxis : catAxis, yAxis: horizontal ? catAxis : valAxis, series: series,
      grid: { left: 8, right: 32, top: legendHeight(el, unique(series.map(function (v) { return v.name; }))),
        bottom: horizontal ? 30 : 16 },
      tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' }, formatter: axisTooltip(fig, formatters) }
    }) };
  }

  // Heat map: a numbered legend in bands of the index, every value in its cell, blank cells explained.
  function heatmap(fig, el) {
    var x = col(fig, fig.chart.x), y = col(fig, fig.chart.y[0]), v = col(fig, fig.chart.y[1]);
    var xs = unique(fig.rows.map(function (r) { return category(fig, fig.chart.x, r[x]); }));
    var ys = unique(fig.rows.map(function (r) { return category(fig, fig.chart.y[0], r[y]); }));
    var data = fig.rows.map(function (r) {
      return [xs.indexOf(category(fig, fig.chart.x, r[x])), ys.indexOf(category(fig, fig.chart.y[0], r[y])), r[v]];
    });
    var f = formatter(fig, fig.chart.y[1]), whole = tick('');
    var colours = ['#f3f6f9', '#c6dbef', '#6a9fd1', '#2f6ea8', '#0b3d6b'];
    var pieces = [0, 20, 40, 60, 80].map(function (lo, i) {
      return { gte: lo, lt: lo === 80 ? 100.0001 : lo + 20, color: colours[i], label: whole(lo) + '–' + whole(lo + 20) };
    });
    var crowded = (el.clientWidth - 200) / Math.max(1, xs.length) < longest(xs) * LABEL_CHARS_PX;
    var option = base(fig);
    option.aria.decal.show = false; // patterns would hide the numbers in the cells
    return { height: Math.max(360, ys.length * 30 + (crowded ? 230 : 150)), option: Object.assign(option, {
      legend: { show: false },
      grid: { left: 8, right: 24, top: 8, bottom: 92 },
      xAxis: { type: 'category', data: xs, position: 'bottom',
        axisLabel: { interval: 0, hideOverlap: false, rotate: crowded ? 90 : 0, width: crowded ? 140 : 90, overflow: 'break' } },
      yAxis: { type: 'category', data: ys, inverse: true,
        axisLabel: { interval: 0, hideOverlap: false, width: labelWidth(el, 0.35, 280), overflow: 'break', lineHeight: 13 } },
      visualMap: { type: 'piecewise', pieces: pieces, orient: 'horizontal', left: 'center', bottom: 30,
        showLabel: true, itemGap: 10, textStyle: { color: '#1a1a1a' } },
      graphic: [{ type: 'text', left: 'center', bottom: 6, style: { text: text(fig, 'blank'), fill: '#4a4a4a', font: '12px sans-serif' } }],
      tooltip: { confine: true, formatter: function (p) {
        return enc(ys[p.value[1]]) + ' – ' + enc(xs[p.value[0]]) + '<br>' + enc(fig.labels[fig.chart.y[1]]) + ': ' + enc(f(p.value[2]));
      } },
      series: [{ type: 'heatmap', name: fig.labels[fig.chart.y[1]], data: data,
        label: { show: true, formatter: function (p) { return f(p.value[2]); }, fontSize: el.clientWidth < 600 ? 9 : 11 },
        itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
    }) };
  }

  function scatter(fig, el) {
    var x = col(fig, fig.chart.x), y = col(fig, fig.chart.y[0]), s = col(fig, fig.chart.series);
    var fx = formatter(fig, fig.chart.x), fy = formatter(fig, fig.chart.y[0]);
    var series = unique(fig.rows.map(function (r) { return r[s]; })).map(function (name) {
      return { type: 'scatter', name: code(fig, name), symbolSize: 8,
        data: fig.rows.filter(function (r) { return r[s] === name; }).map(function (r) { return [r[x], r[y]]; }) };
    });
    return { option: Object.assign(base(fig), {
      grid: { left: 16, right: 24, top: legendHeight(el, series.map(function (v) { return v.name; })), bottom: 36 },
      tooltip: { confine: true, formatter: function (p) {
        return p.marker + enc(p.seriesName) + '<br>' + enc(fig.labels[fig.chart.x]) + ': ' + enc(fx(p.value[0]))
          + '<br>' + enc(fig.labels[fig.chart.y[0]]) + ': ' + enc(fy(p.value[1]));
      } },
      xAxis: { type: 'value', scale: true, name: fig.labels[fig.chart.x], nameLocation: 'middle', nameGap: 28,
        splitNumber: narrow(el) ? 3 : 5, axisLabel: { formatter: tick(''), hideOverlap: true } },
      yAxis: { type: 'value', scale: true, name: fig.labels[fig.chart.y[0]], nameLocation: 'middle', nameGap: 44, nameRotate: 90,
        axisLabel: { formatter: tick('') } },
      series: series
    }) };
  }

  // Timeline: quarters 2021Q1..2025Q4 as 0..19, one lane per owner (its name as a header row), the
  // actions' full names wrapped. An invisible bar carries each action to its start. Dependencies are
  // drawn only for the action in focus (hover, touch, click or the arrow keys).
  function quarter(q) { return q ? (parseInt(q.substring(0, 4), 10) - 2021) * 4 + parseInt(q.substring(5), 10) - 1 : null; }
  function timeline(fig, el) {
    var x = col(fig, fig.chart.x), start = col(fig, fig.chart.y[0]), end = col(fig, fig.chart.y[1]), s = col(fig, fig.chart.series);
    var owner = col(fig, 'owner'), d = col(fig, 'depends_on');
    var rows = [], labels = [], rowOf = {};
    fig.rows.forEach(function (r) {
      var o = owner >= 0 ? r[owner] : null;
      if (o !== null && (rows.length === 0 || rows[rows.length - 1].owner !== o)) {
        rows.push({ header: true, owner: o });
        labels.push('{lane|' + o + '}');
      }
      var name = String(r[x]), short = o && name.indexOf(o + ': ') === 0 ? name.substring(o.length + 2) : name;
      rowOf[name] = rows.length;
      rows.push({ row: r, owner: o });
      labels.push(short);
    });
    var series = [{ type: 'bar', name: '', stack: 't', silent: true, itemStyle: { color: 'transparent', decal: { symbol: 'none' } },
      data: rows.map(function (e) { return e.header ? null : quarter(e.row[start]); }) }];
    var statuses = unique(fig.rows.map(function (r) { return r[s]; }));
    statuses.forEach(function (status) {
      series.push(statusStyle(status, { type: 'bar', name: fig.labels[status] || code(fig, status), stack: 't', barWidth: 14,
        data: rows.map(function (e) { return !e.header && e.row[s] === status ? quarter(e.row[end]) - quarter(e.row[start]) + 1 : null; }) }));
    });
    series.push({ type: 'lines', name: text(fig, 'dependencies'), coordinateSystem: 'cartesian2d', silent: true, z: 5,
      symbol: ['circle', 'arrow'], symbolSize: [5, 10], lineStyle: { color: '#1a1a1a', width: 2, curveness: 0.2 }, data: [] });
    var width = labelWidth(el, 0.42, 420);
    var lines = function (t) { return Math.max(1, Math.ceil(String(t).length * LABEL_CHARS_PX / width)); };
    var height = rows.reduce(function (h, e, i) { return h + Math.max(24, lines(labels[i]) * 14 + 8); }, 130);
    var years = [];
    for (var yr = 2021; yr <= 2025; yr++) { years.push(String(yr)); }
    // The arrows of one action: from what it waits for to it, and from it to what waits for it.
    function arrows(i) {
      var e = rows[i], out = [];
      if (!e || e.header || d < 0) { return out; }
      var name = String(e.row[x]);
      String(e.row[d] || '').split('; ').forEach(function (dep) {
        var j = rowOf[dep];
        if (dep && j !== undefined) { out.push({ coords: [[quarter(rows[j].row[end]) + 1, j], [quarter(e.row[start]), i]] }); }
      });
      rows.forEach(function (other, j) {
        if (!other.header && String(other.row[d] || '').split('; ').indexOf(name) >= 0) {
          out.push({ coords: [[quarter(e.row[end]) + 1, i], [quarter(other.row[start]), j]] });
        }
      });
      return out;
    }
    return { height: height, rows: rows, arrows: arrows, option: Object.assign(base(fig), {
      legend: { data: series.slice(1, 1 + statuses.length).map(function (v) { return v.name; }), top: 0 },
      grid: { left: 8, right: 24, top: legendHeight(el, statuses) + 20, bottom: 8 },
      tooltip: { trigger: 'item', confine: true, formatter: function (p) {
        var e = rows[p.dataIndex];
        if (!e || e.header) { return ''; }
        var r = e.row, deps = d >= 0 && r[d] ? '<br>' + enc(fig.labels.depends_on) + ': ' + enc(r[d]) : '';
        return enc(r[x]) + '<br>' + enc(quarterText(fig, r[start])) + ' – ' + enc(quarterText(fig, r[end]))
          + '<br>' + enc(fig.labels[fig.chart.series] || '') + ': ' + enc(code(fig, r[s])) + deps;
      } },
      xAxis: { type: 'value', min: 0, max: 20, interval: 4, position: 'top', minorTick: { show: true, splitNumber: 4 },
        minorSplitLine: { show: true, lineStyle: { color: '#eee' } },
        axisLabel: { formatter: function (v) { return years[v / 4] || ''; }, align: 'left' } },
      yAxis: { type: 'category', data: labels, inverse: true,
        axisLabel: { interval: 0, hideOverlap: false, width: width, overflow: 'break', lineHeight: 14,
          rich: { lane: { fontWeight: 'bold', fontSize: 13, color: '#0b3d6b' } } } },
      series: series
    }) };
  }

  // Ranges (rank intervals): an invisible bar carries each row to its low end, a bar spans low to
  // high, a point marks the middle value (the published rank). Rank 1 is the best, on the left.
  function range(fig, el) {
    var x = col(fig, fig.chart.x), lo = col(fig, fig.chart.y[0]), mid = col(fig, fig.chart.y[1]), hi = col(fig, fig.chart.y[2]);
    var spanName = fig.labels[fig.chart.y[0]] + ' – ' + fig.labels[fig.chart.y[2]], pointName = fig.labels[fig.chart.y[1]];
    var labels = fig.rows.map(function (r) { return category(fig, fig.chart.x, r[x]); }), whole = tick('');
    var width = labelWidth(el, 0.42, 360);
    return { height: Math.max(320, labels.reduce(function (h, l) {
      return h + Math.max(24, Math.ceil(l.length * LABEL_CHARS_PX / width) * 14 + 8); }, 120)), option: Object.assign(base(fig), {
      legend: { data: [spanName, pointName], top: 0 },
      tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' }, formatter: function (ps) {
        var r = fig.rows[ps[0].dataIndex];
        return enc(labels[ps[0].dataIndex]) + '<br>' + enc(spanName) + ': ' + whole(r[lo]) + '–' + whole(r[hi])
          + '<br>' + enc(pointName) + ': ' + whole(r[mid]);
      } },
      grid: { left: 8, right: 24, top: legendHeight(el, [spanName, pointName]), bottom: 36 },
      xAxis: { type: 'value', min: 0, name: pointName, nameLocation: 'middle', nameGap: 28, splitNumber: narrow(el) ? 3 : 5,
        axisLabel: { formatter: whole, hideOverlap: true } },
      yAxis: { type: 'category', data: labels, inverse: true,
        axisLabel: { interval: 0, hideOverlap: false, width: width, overflow: 'break', lineHeight: 14 } },
      series: [
        { type: 'bar', name: '', stack: 'r', silent: true, itemStyle: { color: 'transparent', decal: { symbol: 'none' } },
          data: fig.rows.map(function (r) { return r[lo]; }) },
        { type: 'bar', name: spanName, stack: 'r', barWidth: '45%', itemStyle: { color: '#6a9fd1' },
          data: fig.rows.map(function (r) { return r[hi] - r[lo]; }) },
        { type: 'scatter', name: pointName, symbolSize: 10, itemStyle: { color: '#0b3d6b' }, z: 3,
          data: fig.rows.map(function (r, i) { return [r[mid], i]; }) }
      ]
    }) };
  }

  function build(fig, el) {
    switch (fig.chart.type) {
      case 'HBAR': return categorical(fig, el, 'hbar');
      case 'STACKED': return categorical(fig, el, 'stacked');
      case 'LINE': return categorical(fig, el, 'line');
      case 'HEATMAP': return heatmap(fig, el);
      case 'SCATTER': return scatter(fig, el);
      case 'TIMELINE': return timeline(fig, el);
      case 'RANGE': return range(fig, el);
      default: return categorical(fig, el, 'bar');
    }
  }

  // ---- drawing ----

  function echartsLocale() { return LANG.toUpperCase(); }

  function render(el, fig) {
    var built = build(fig, el);
    el.style.height = built.height ? built.height + 'px' : '';
    var chart = echarts.getInstanceByDom(el);
    if (!chart) {
      chart = echarts.init(el, null, { renderer: 'canvas', locale: echartsLocale() });
      chart.on('finished', function () { el.setAttribute('data-drawn', 'true'); });
    } else {
      chart.resize();
    }
    chart.setOption(built.option, true);
    charts[el.id] = { chart: chart, fig: fig, el: el, width: el.clientWidth };
    if (built.arrows) { focusable(el, chart, built); }
  }

  // The action in focus shows its dependencies; the arrow keys move the focus along the actions.
  function focusable(el, chart, built) {
    var arrowSeries = built.option.series.length - 1, focus = -1;
    function show(i) {
      focus = i;
      var opt = { series: [] };
      for (var k = 0; k < arrowSeries; k++) { opt.series.push({}); }
      opt.series.push({ data: built.arrows(i) });
      chart.setOption(opt);
      chart.dispatchAction({ type: 'showTip', seriesIndex: 1 + Math.max(0, statusSeries(i)), dataIndex: i });
    }
    function statusSeries(i) {
      for (var k = 1; k < arrowSeries; k++) {
        if (built.option.series[k].data[i] !== null) { return k - 1; }
      }
      return 0;
    }
    chart.off('mouseover');
    chart.off('click');
    chart.on('mouseover', function (p) { if (p.seriesType === 'bar' && p.dataIndex !== focus) { show(p.dataIndex); } });
    chart.on('click', function (p) { if (p.seriesType === 'bar') { show(p.dataIndex); } });
    if (!el.hasAttribute('tabindex')) {
      var hint = document.createElement('p');
      hint.className = 'desc';
      hint.textContent = text(charts[el.id].fig, 'focus');
      el.parentNode.insertBefore(hint, el);
      el.setAttribute('tabindex', '0');
      el.addEventListener('keydown', function (ev) {
        var step = ev.key === 'ArrowDown' ? 1 : ev.key === 'ArrowUp' ? -1 : 0;
        if (!step) { return; }
        ev.preventDefault();
        var rows = charts[el.id].rows, i = focus;
        do { i += step; } while (i >= 0 && i < rows.length && rows[i].header);
        if (i >= 0 && i < rows.length) { show(i); }
      });
    }
    charts[el.id].rows = built.rows;
  }

  function draw(el) {
    fetch(el.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (fig) { render(el, fig); })
      .catch(function (e) { el.setAttribute('data-error', String(e)); });
  }

  // The saved picture carries what the page says around the chart: title, the values' names and units, the source.
  function savePng(button) {
    var entry = charts[button.getAttribute('data-chart')];
    if (!entry) { return; }
    var fig = entry.fig, w = entry.el.clientWidth, h = entry.el.clientHeight;
    var names = fig.chart.type === 'HEATMAP' ? [fig.labels[fig.chart.y[1]]] : fig.chart.type === 'TIMELINE' ? []
      : fig.chart.y.map(function (c) { return fig.labels[c]; });
    var host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-10000px;top:0;width:' + w + 'px;height:' + (h + 110) + 'px';
    document.body.appendChild(host);
    var copy = echarts.init(host, null, { renderer: 'canvas', locale: echartsLocale() });
    var opt = entry.chart.getOption();
    opt.title = [{ text: fig.title, subtext: names.join(', '), left: 8, top: 4, textStyle: { fontSize: 16 }, subtextStyle: { color: '#4a4a4a' } }];
    (opt.grid || []).forEach(function (g) { g.top = (typeof g.top === 'number' ? g.top : 40) + 66; g.bottom = (g.bottom || 0) + 28; });
    (opt.legend || []).forEach(function (l) { l.top = 60; });
    var source = { type: 'text', left: 8, bottom: 6,
      style: { text: text(fig, 'source') + ' · ' + new Date().toLocaleDateString(LOCALE, { timeZone: 'Europe/Helsinki' }),
        fill: '#4a4a4a', font: '12px sans-serif' } };
    // getOption() gives the graphic component as [{elements: [...]}]
    opt.graphic = opt.graphic && opt.graphic.length ? opt.graphic : [{ elements: [] }];
    opt.graphic[0].elements = (opt.graphic[0].elements || []).map(function (e) {
      return e.bottom !== undefined ? Object.assign({}, e, { bottom: e.bottom + 22 }) : e;
    }).concat([source]);
    (opt.visualMap || []).forEach(function (v) { v.bottom = (v.bottom || 0) + 22; });
    opt.animation = false;
    copy.setOption(opt);
    var a = document.createElement('a');
    a.href = copy.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    a.download = button.getAttribute('data-chart').replace(/^chart-/, '') + '.png';
    copy.dispose();
    host.remove();
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(s);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var els = document.querySelectorAll('.chart[data-src]');
    if (!els.length) { return; }
    var first = els[0], locale = first.getAttribute('data-echarts-locale');
    // A page that brings ECharts itself (the printed steering pack wraps echarts.init) keeps its copy.
    (window.echarts ? Promise.resolve() : load(first.getAttribute('data-echarts')))
      .then(function () { return locale ? load(locale) : null; })
      .then(function () {
        els.forEach(draw);
        document.querySelectorAll('button.png').forEach(function (b) {
          b.addEventListener('click', function () { savePng(b); });
        });
        var pending;
        // A new width can change the layout (horizontal bars, wrapped labels): build the option again.
        window.addEventListener('resize', function () {
          clearTimeout(pending);
          pending = setTimeout(function () {
            Object.keys(charts).forEach(function (k) {
              var e = charts[k];
              if (e.el.clientWidth !== e.width) { render(e.el, e.fig); } else { e.chart.resize(); }
            });
          }, 150);
        });
      })
      .catch(function (e) { els.forEach(function (el) { el.setAttribute('data-error', String(e)); }); });
  });
}());
