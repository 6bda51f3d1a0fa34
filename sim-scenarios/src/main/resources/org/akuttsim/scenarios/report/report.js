// Draws the report's Chart.js charts from DATA (inlined by HtmlReport). No network access.
// Scenario colours come from DATA.colors (Okabe-Ito, one colour per scenario in every chart).
(function () {
  const OKABE_ITO = ['#56B4E9', '#E69F00', '#0072B2', '#009E73', '#D55E00', '#CC79A7', '#F0E442', '#000000'];
  const LEVELS = ['RED', 'YELLOW', 'GREEN'];
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.size = 12;

  function hex(c, alpha) {
    const n = parseInt(c.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }
  function color(i, alpha) {
    const list = DATA.colors || OKABE_ITO;
    const c = list[i % list.length];
    return alpha === undefined ? c : hex(c, alpha);
  }
  function mean(summary, scenario, metric, scale) {
    const v = summary[scenario] && summary[scenario][metric];
    return v && v[0] !== null ? v[0] * (scale || 1) : null;
  }
  // Prints a number without "-0.0": a value that rounds to zero prints unsigned.
  function fmt(x, decimals) {
    if (x === null || x === undefined) return '?';
    const s = Math.abs(x).toFixed(decimals);
    return (x < 0 && Number(s) !== 0 ? '\u2212' : '') + s;
  }
  function ciTooltip(summary, scenarioOf, metricOf, scale, decimals, unit) {
    return {
      callbacks: {
        label: function (ctx) {
          const v = summary[scenarioOf(ctx)] && summary[scenarioOf(ctx)][metricOf(ctx)];
          if (!v || v[0] === null) return ctx.dataset.label + ': n/a';
          const f = function (x) { return fmt(x === null ? null : x * scale, decimals); };
          return ctx.dataset.label + ': ' + f(v[0]) + ' [' + f(v[1]) + ', ' + f(v[2]) + '] ' + unit;
        }
      }
    };
  }
  function title(text) { return { display: true, text: text, font: { size: 14, weight: '600' } }; }
  function hours() { const h = []; for (let i = 0; i < 24; i++) h.push((i < 10 ? '0' : '') + i); return h; }
  function el(id) { return document.getElementById(id); }
  const DASH = [[], [6, 4], [2, 3]];

  if (DATA.scenarios) {
    const S = DATA.scenarios, sum = DATA.summary;
    // Response minutes: p50 and p90 by level, bars on a linear axis from zero.
    const minuteKeys = [], minuteLabels = [];
    LEVELS.forEach(function (l) { ['p50', 'p90'].forEach(function (q) { minuteKeys.push('response.' + l + '.' + q); minuteLabels.push(l + ' ' + q); }); });
    new Chart(el('responseMinutes'), {
      type: 'bar',
      data: { labels: minuteLabels, datasets: S.map(function (s, i) {
        return { label: s, backgroundColor: color(i), data: minuteKeys.map(function (k) { return mean(sum, s, k); }) };
      }) },
      options: { plugins: { title: title('Response time by assigned level (minutes)'),
        tooltip: ciTooltip(sum, function (c) { return S[c.datasetIndex]; }, function (c) { return minuteKeys[c.dataIndex]; }, 1, 1, 'min') },
        scales: { y: { type: 'linear', beginAtZero: true, min: 0, title: { display: true, text: 'minutes' } } } }
    });
    // Response-time distribution by level: share reached within t minutes (solid RED, dashed YELLOW, dotted GREEN).
    const T = [5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120], cdfSets = [], cdfMeta = [];
    LEVELS.forEach(function (l, j) {
      S.forEach(function (s, i) {
        cdfMeta.push([s, l]);
        cdfSets.push({ label: s + ' - ' + l, borderColor: color(i), backgroundColor: color(i), pointRadius: 1.5,
          borderDash: DASH[j],
          data: T.map(function (t) { return { x: t, y: mean(sum, s, 'response.' + l + '.within' + t, 100) }; }) });
      });
    });
    new Chart(el('responseShares'), {
      type: 'line',
      data: { datasets: cdfSets },
      options: { plugins: { title: title('Share reached within t minutes (%)'),
        legend: { labels: { boxWidth: 18, font: { size: 11 } } },
        tooltip: ciTooltip(sum, function (c) { return cdfMeta[c.datasetIndex][0]; },
          function (c) { return 'response.' + cdfMeta[c.datasetIndex][1] + '.within' + T[c.dataIndex]; }, 100, 1, '%') },
        scales: { x: { type: 'linear', min: 0, max: 120, title: { display: true, text: 'minutes from call to unit on scene' } },
          y: { min: 0, max: 100, title: { display: true, text: '%' } } } }
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
        tooltip: ciTooltip(sum, function (c) { return S[c.datasetIndex]; }, function (c) { return 'readiness.h' + H[c.dataIndex]; }, 100, 1, '%') },
        scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } }, x: { title: { display: true, text: 'hour' } } } }
    });
    // ED occupancy by hour: one small chart per ED (small multiples), one line per scenario.
    DATA.hospitals.forEach(function (e, j) {
      const key = function (h) { return 'ed.' + e + '.occupancy.hour' + h + '.mean'; };
      new Chart(el('ed-' + j), {
        type: 'line',
        data: { labels: H, datasets: S.map(function (s, i) {
          return { label: s, borderColor: color(i), backgroundColor: color(i), pointRadius: 1,
            data: H.map(function (h) { return mean(sum, s, key(h)); }) };
        }) },
        options: { plugins: { title: title('ED ' + e + ' (patients present)'),
          legend: { display: j === 0, labels: { boxWidth: 14, font: { size: 11 } } },
          tooltip: ciTooltip(sum, function (c) { return S[c.datasetIndex]; }, function (c) { return key(H[c.dataIndex]); }, 1, 1, 'patients') },
          scales: { y: { beginAtZero: true, min: 0, title: { display: true, text: 'patients' } },
            x: { title: { display: true, text: 'hour' }, ticks: { maxTicksLimit: 8 } } } }
      });
    });
  }

  if (DATA.sweep) {
    const W = DATA.sweep, sum = W.summary;
    const pctValues = W.numeric && W.values.every(function (v) { return v >= 0 && v <= 1; });
    const xs = W.values.map(function (v) { return W.numeric ? (pctValues ? Math.round(v * 1000) / 10 : v) : v; });
    const xAxis = W.numeric ? { type: 'linear', title: { display: true, text: W.lever + (pctValues ? ' (%)' : '') } }
                            : { type: 'category', labels: xs, title: { display: true, text: W.lever } };
    function band(points, label, c, sets) {
      const pt = function (k) { return points.map(function (v, j) { return { x: xs[j], y: v ? v[k] : null }; }); };
      sets.push({ label: '_low', data: pt(1), borderWidth: 0, pointRadius: 0, fill: false });
      sets.push({ label: '_high', data: pt(2), borderWidth: 0, pointRadius: 0, fill: '-1', backgroundColor: hex(c, 0.2) });
      sets.push({ label: label, data: pt(0), borderColor: c, backgroundColor: c, pointRadius: 3, borderWidth: 2, fill: false });
    }
    const hideBands = {
      legend: { labels: { filter: function (item) { return item.text.charAt(0) !== '_'; } } },
      tooltip: { filter: function (item) { return item.dataset.label.charAt(0) !== '_'; } }
    };
    // Panel 1: RED p90 in minutes, axis from zero. Urban and rural take Okabe-Ito colours that no scenario of
    // the main job uses (bluish green, reddish purple): the lines are areas, not scenarios.
    const minuteSets = [];
    [['response.RED.urban.p90', 'RED p90 urban (min)', OKABE_ITO[3]], ['response.RED.rural.p90', 'RED p90 rural (min)', OKABE_ITO[5]]].forEach(function (m) {
      band(W.scenarios.map(function (s) { const v = sum[s] && sum[s][m[0]]; return v && v[0] !== null ? v : null; }), m[1], m[2], minuteSets);
    });
    new Chart(el('sweepMinutes'), {
      type: 'line', data: { datasets: minuteSets },
      options: { plugins: Object.assign({ title: title('RED 90th-percentile response (minutes)') }, hideBands),
        scales: { x: xAxis, y: { beginAtZero: true, min: 0, title: { display: true, text: 'minutes' } } } }
    });
    // Panel 2: readiness change against the first value, percentage points, paired.
    const changeSets = [];
    band(W.readinessChange.map(function (v) { return v.map(function (x) { return x === null ? null : 100 * x; }); }),
      'Readiness change (pp)', OKABE_ITO[3], changeSets);
    new Chart(el('sweepReadiness'), {
      type: 'line', data: { datasets: changeSets },
      options: { plugins: Object.assign({ title: title('Readiness change against ' + W.lever + ' = ' + W.values[0] + ' (percentage points)') }, hideBands),
        scales: { x: xAxis, y: { beginAtZero: true, title: { display: true, text: 'percentage points' } } } }
    });
  }
})();
