// Draws the report's charts from DATA (inlined by HtmlReport). No network access.
(function () {
  const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
  const LEVELS = ['RED', 'YELLOW', 'GREEN'];
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.size = 12;

  function color(i, alpha) {
    const c = COLORS[i % COLORS.length];
    if (alpha === undefined) return c;
    const n = parseInt(c.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }
  function mean(summary, scenario, metric, scale) {
    const v = summary[scenario] && summary[scenario][metric];
    return v && v[0] !== null ? v[0] * (scale || 1) : null;
  }
  function ciTooltip(summary, scenarioOf, metricOf, scale, decimals) {
    return {
      callbacks: {
        label: function (ctx) {
          const v = summary[scenarioOf(ctx)] && summary[scenarioOf(ctx)][metricOf(ctx)];
          if (!v || v[0] === null) return ctx.dataset.label + ': n/a';
          const f = function (x) { return x === null ? '?' : (x * scale).toFixed(decimals); };
          return ctx.dataset.label + ': ' + f(v[0]) + ' [' + f(v[1]) + ', ' + f(v[2]) + ']';
        }
      }
    };
  }
  function title(text) { return { display: true, text: text, font: { size: 14, weight: '600' } }; }
  function hours() { const h = []; for (let i = 0; i < 24; i++) h.push((i < 10 ? '0' : '') + i); return h; }
  function el(id) { return document.getElementById(id); }

  if (DATA.scenarios) {
    const S = DATA.scenarios, sum = DATA.summary;
    // Response minutes: p50 and p90 by level.
    const minuteKeys = [], minuteLabels = [];
    LEVELS.forEach(function (l) { ['p50', 'p90'].forEach(function (q) { minuteKeys.push('response.' + l + '.' + q); minuteLabels.push(l + ' ' + q); }); });
    new Chart(el('responseMinutes'), {
      type: 'bar',
      data: { labels: minuteLabels, datasets: S.map(function (s, i) {
        return { label: s, backgroundColor: color(i), data: minuteKeys.map(function (k) { return mean(sum, s, k); }) };
      }) },
      options: { plugins: { title: title('Response time by level (minutes, log scale)'),
        tooltip: ciTooltip(sum, function (c) { return S[c.datasetIndex]; }, function (c) { return minuteKeys[c.dataIndex]; }, 1, 1) },
        scales: { y: { type: 'logarithmic', title: { display: true, text: 'minutes' } } } }
    });
    // Response-time distribution by level: share reached within t minutes, one line per scenario and
    // level (solid RED, dashed YELLOW, dotted GREEN). 12 and 25 are the targets' minutes.
    const T = [5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120], cdfSets = [], cdfMeta = [];
    LEVELS.forEach(function (l, j) {
      S.forEach(function (s, i) {
        cdfMeta.push([s, l]);
        cdfSets.push({ label: s + ' - ' + l, borderColor: color(i), backgroundColor: color(i), pointRadius: 1.5,
          borderDash: j === 0 ? [] : (j === 1 ? [6, 4] : [2, 3]),
          data: T.map(function (t) { return { x: t, y: mean(sum, s, 'response.' + l + '.within' + t, 100) }; }) });
      });
    });
    new Chart(el('responseShares'), {
      type: 'line',
      data: { datasets: cdfSets },
      options: { plugins: { title: title('Response-time distribution: share reached within t minutes (%)'),
        tooltip: ciTooltip(sum, function (c) { return cdfMeta[c.datasetIndex][0]; },
          function (c) { return 'response.' + cdfMeta[c.datasetIndex][1] + '.within' + T[c.dataIndex]; }, 100, 1) },
        scales: { x: { type: 'linear', min: 0, max: 120, title: { display: true, text: 'minutes from call to unit on scene' } },
          y: { min: 0, max: 100, title: { display: true, text: '%' } } } }
    });
    // Readiness by district.
    const D = DATA.districts;
    new Chart(el('readinessDistrict'), {
      type: 'bar',
      data: { labels: D, datasets: S.map(function (s, i) {
        return { label: s, backgroundColor: color(i), data: D.map(function (d) { return mean(sum, s, 'readiness.' + d, 100); }) };
      }) },
      options: { plugins: { title: title('Readiness by district (% of time an own ambulance is free and present: at the station or inside the district)'),
        tooltip: ciTooltip(sum, function (c) { return S[c.datasetIndex]; }, function (c) { return 'readiness.' + D[c.dataIndex]; }, 100, 1) },
        scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } }, x: { ticks: { autoSkip: false, maxRotation: 60 } } } }
    });
    // Readiness by hour of day (mean over districts).
    const H = hours();
    new Chart(el('readinessHour'), {
      type: 'line',
      data: { labels: H, datasets: S.map(function (s, i) {
        return { label: s, borderColor: color(i), backgroundColor: color(i), pointRadius: 2,
          data: H.map(function (h) { return mean(sum, s, 'readiness.h' + h, 100); }) };
      }) },
      options: { plugins: { title: title('Readiness by hour of day (mean over districts, %)'),
        tooltip: ciTooltip(sum, function (c) { return S[c.datasetIndex]; }, function (c) { return 'readiness.h' + H[c.dataIndex]; }, 100, 1) },
        scales: { y: { title: { display: true, text: '%' } }, x: { title: { display: true, text: 'hour' } } } }
    });
    // ED occupancy by hour, one line per scenario and ED (dashed for the second ED, dotted for the third, ...).
    const E = DATA.hospitals, edSets = [], edMeta = [];
    E.forEach(function (e, j) {
      S.forEach(function (s, i) {
        edMeta.push([s, e]);
        edSets.push({ label: s + ' - ' + e, borderColor: color(i), backgroundColor: color(i), pointRadius: 1.5,
          borderDash: j === 0 ? [] : (j === 1 ? [6, 4] : [2, 3]),
          data: H.map(function (h) { return mean(sum, s, 'ed.' + e + '.occupancy.hour' + h + '.mean'); }) });
      });
    });
    new Chart(el('edHour'), {
      type: 'line',
      data: { labels: H, datasets: edSets },
      options: { plugins: { title: title('ED occupancy by hour of day (patients present)'),
        tooltip: ciTooltip(sum, function (c) { return edMeta[c.datasetIndex][0]; },
          function (c) { return 'ed.' + edMeta[c.datasetIndex][1] + '.occupancy.hour' + H[c.dataIndex] + '.mean'; }, 1, 1) },
        scales: { y: { beginAtZero: true, title: { display: true, text: 'patients' } }, x: { title: { display: true, text: 'hour' } } } }
    });
  }

  if (DATA.sweep) {
    const W = DATA.sweep, sum = W.summary;
    const pctValues = W.numeric && W.values.every(function (v) { return v >= 0 && v <= 1; });
    const xs = W.values.map(function (v) { return W.numeric ? (pctValues ? Math.round(v * 1000) / 10 : v) : v; });
    const series = [
      { metric: 'response.RED.urban.p90', label: 'RED p90 urban (min)', axis: 'y', scale: 1 },
      { metric: 'response.RED.rural.p90', label: 'RED p90 rural (min)', axis: 'y', scale: 1 },
      { metric: 'readiness.meanOverDistricts', label: 'Readiness (%)', axis: 'y1', scale: 100 }
    ];
    const sets = [];
    series.forEach(function (se, i) {
      const pt = function (k) { return W.scenarios.map(function (s, j) {
        const v = sum[s] && sum[s][se.metric];
        return { x: xs[j], y: v && v[k] !== null ? v[k] * se.scale : null };
      }); };
      sets.push({ label: '_low', data: pt(1), yAxisID: se.axis, borderWidth: 0, pointRadius: 0, fill: false });
      sets.push({ label: '_high', data: pt(2), yAxisID: se.axis, borderWidth: 0, pointRadius: 0, fill: '-1', backgroundColor: color(i, 0.18) });
      sets.push({ label: se.label, data: pt(0), yAxisID: se.axis, borderColor: color(i), backgroundColor: color(i), pointRadius: 3, borderWidth: 2, fill: false });
    });
    new Chart(el('sweep'), {
      type: 'line',
      data: { datasets: sets },
      options: {
        parsing: true,
        plugins: {
          title: title('Sweep of ' + W.lever + ' on ' + W.base + ': RED 90th percentile response and readiness'),
          legend: { labels: { filter: function (item) { return item.text.charAt(0) !== '_'; } } },
          tooltip: { filter: function (item) { return item.dataset.label.charAt(0) !== '_'; } }
        },
        scales: {
          x: W.numeric ? { type: 'linear', title: { display: true, text: W.lever + (pctValues ? ' (%)' : '') } }
                       : { type: 'category', labels: xs, title: { display: true, text: W.lever } },
          y: { position: 'left', title: { display: true, text: 'minutes' } },
          y1: { position: 'right', title: { display: true, text: 'readiness %' }, grid: { drawOnChartArea: false } }
        }
      }
    });
  }
})();
