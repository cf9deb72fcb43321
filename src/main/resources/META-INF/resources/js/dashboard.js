// Draws the program dashboard's charts with ECharts. Each chart's data sits in its container's data-chart attribute
// (the CSP allows no inline script); the same numbers are in the table under it, so the page reads without this.
(function () {
  'use strict';
  var BRAND = '#0b6e4f', SECOND = '#9fb3c8', ALERT = '#b42318';
  var PALETTE = [BRAND, '#3e7cb1', '#e0a526', ALERT, '#7b8794'];

  function barSeries(chart) {
    return chart.series.map(function (s, i) {
      var color = i === 0 ? BRAND : SECOND;
      return {
        name: s.name, type: 'bar', itemStyle: { color: color },
        data: s.data.map(function (value, row) {
          // Highlighted rows (full mentors, skills short of mentors) show their first series in red.
          var alert = i === 0 && chart.highlighted[row];
          return { value: value, itemStyle: { color: alert ? ALERT : color } };
        })
      };
    });
  }

  var RENDERERS = {
    'funnel': function (chart) {
      return {
        tooltip: { trigger: 'item' },
        series: [{
          type: 'funnel', sort: 'none', left: '2%', width: '62%', minSize: '8%',
          label: { formatter: '{b}: {c}' }, color: PALETTE,
          data: chart.categories.map(function (name, i) { return { name: name, value: chart.series[0].data[i] }; })
        }]
      };
    },
    'pie': function (chart) {
      return {
        tooltip: { trigger: 'item' }, legend: { bottom: 0 }, color: PALETTE,
        series: [{
          type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}: {c}' },
          data: chart.categories.map(function (name, i) { return { name: name, value: chart.series[0].data[i] }; })
        }]
      };
    },
    'bar': function (chart) {
      return {
        tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
        xAxis: { type: 'category', data: chart.categories }, yAxis: { type: 'value', minInterval: 1 },
        series: barSeries(chart)
      };
    },
    'horizontal-bar': function (chart) {
      return {
        tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
        grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
        // First row on top, as in the table.
        yAxis: { type: 'category', data: chart.categories, inverse: true },
        xAxis: { type: 'value', minInterval: 1 },
        series: barSeries(chart)
      };
    }
  };

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = JSON.parse(element.getAttribute('data-chart'));
      var render = RENDERERS[chart.kind];
      if (!render) {
        return;
      }
      var instance = echarts.init(element, null, { renderer: 'svg' });
      instance.setOption(render(chart));
      window.addEventListener('resize', function () { instance.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
