/*
 * 监测预警 (monitoring), what its pages and map layer share — A.monitoring:
 * - the level colours and names (BLUE, YELLOW, ORANGE, RED; null = normal), station kinds, statuses;
 * - the live alarm stream: one EventSource on /api/v1/alarms/stream for the whole page, opened while
 *   somebody listens (`A.monitoring.onAlarm(fn, {onOpen})` answers the function that stops listening);
 *   `onOpen` runs at every (re)connection, so a listener reloads what it may have missed;
 * - the alarm sound (a Web Audio beep, no file) with a mute switch kept in localStorage;
 * - the components <level-badge :level> and <series-chart :series :thresholds> (ECharts).
 * Test hook: window.__anlanAlarmStream = {open, hellos, events, beeps, last}.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A) return;

  const LEVELS = {
    BLUE: { colour: '#1e6fd9', name: ['蓝色', 'Blue'] },
    YELLOW: { colour: '#e0b000', name: ['黄色', 'Yellow'] },
    ORANGE: { colour: '#f07800', name: ['橙色', 'Orange'] },
    RED: { colour: '#d0191c', name: ['红色', 'Red'] },
  };
  const NORMAL = { colour: '#5f9e76', name: ['正常', 'Normal'] };
  const KINDS = {
    rain: ['雨量站', 'Rain gauge', '雨'], level: ['水位站', 'Water level', '水'], displacement: ['位移监测', 'Displacement', '位'],
    crack: ['裂缝计', 'Crack meter', '裂'], gas: ['气体检测', 'Gas detector', '气'], climate: ['温湿度', 'Temperature/humidity', '温'],
    wind: ['风速风向', 'Wind', '风'], video: ['视频AI', 'Video AI', '视'],
  };
  const SENSOR_KINDS = {
    rain: ['降雨量', 'Rainfall'], level: ['水位', 'Water level'], displacement: ['位移', 'Displacement'], crack: ['裂缝', 'Crack'],
    gas: ['可燃气体', 'Gas'], temperature: ['温度', 'Temperature'], humidity: ['湿度', 'Humidity'], wind: ['风速', 'Wind speed'],
    event: ['AI事件', 'AI events'],
  };
  const ALARM_STATUS = {
    RAISED: ['新告警', 'Raised'], ACKNOWLEDGED: ['已签收', 'Acknowledged'], CLEARED: ['已解除', 'Cleared'], CLOSED: ['已关闭', 'Closed'],
  };
  const STATION_STATUS = { ACTIVE: ['运行', 'Active'], MAINTENANCE: ['维护', 'Maintenance'], RETIRED: ['停用', 'Retired'] };
  const pair = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : (code || '—'));

  const M = {
    LEVELS, KINDS, SENSOR_KINDS, ALARM_STATUS, STATION_STATUS,
    levelColour: (level) => (LEVELS[level] || NORMAL).colour,
    levelName: (level) => { const l = LEVELS[level] || NORMAL; return A.t(l.name[0], l.name[1]); },
    kindName: (kind) => pair(KINDS, kind),
    kindLetter: (kind) => (KINDS[kind] ? (A.lang === 'en' ? kind.charAt(0).toUpperCase() : KINDS[kind][2]) : '?'),
    sensorKindName: (kind) => pair(SENSOR_KINDS, kind),
    alarmStatusName: (status) => pair(ALARM_STATUS, status),
    stationStatusName: (status) => pair(STATION_STATUS, status),
    /** Whether an area code lies in (or is) the area `root` (12-digit codes: district 6, town 9 significant digits). */
    within(code, root) {
      if (!root) return true;
      if (!code) return false;
      const prefix = root.endsWith('000000') ? root.substring(0, 6) : root.endsWith('000') ? root.substring(0, 9) : root;
      return code.startsWith(prefix);
    },
    /** A number as the tables show it (at most 2 decimals). */
    num(v) { return v == null ? '—' : String(Math.round(v * 100) / 100); },
    problemOf(e) { return e.problem || { detail: e.message }; },
  };

  // ---- the live alarm stream ------------------------------------------------

  const hook = window.__anlanAlarmStream = { open: false, hellos: 0, events: 0, beeps: 0, last: null };
  const listeners = new Set();
  let source = null;

  function connect() {
    source = new EventSource('/api/v1/alarms/stream', { withCredentials: true });
    source.addEventListener('hello', () => {
      hook.open = true;
      hook.hellos++;
      listeners.forEach((l) => { if (l.onOpen) safely(l.onOpen); });
    });
    source.addEventListener('alarm', (ev) => {
      let alarm;
      try { alarm = JSON.parse(ev.data); } catch (e) { return; }
      hook.events++;
      hook.last = alarm;
      listeners.forEach((l) => safely(() => l.fn(alarm)));
    });
    // EventSource retries by itself; a closed one (401 after the session ended) is not reopened here
    source.onerror = () => { hook.open = false; };
  }

  function safely(fn) {
    try { fn(); } catch (e) { console.error(e); }
  }

  /** Listens to every alarm change in the caller's scope; answers the function that stops listening. */
  M.onAlarm = function (fn, options) {
    const listener = { fn, onOpen: (options || {}).onOpen };
    listeners.add(listener);
    if (!source) connect();
    else if (hook.open && listener.onOpen) setTimeout(() => safely(listener.onOpen), 0);
    return () => {
      listeners.delete(listener);
      if (!listeners.size && source) {
        source.close();
        source = null;
        hook.open = false;
      }
    };
  };

  // ---- the alarm sound ------------------------------------------------------

  const MUTE_KEY = 'anlan.monitoring.mute';
  let audio = null;
  M.muted = Vue.ref(localStorage.getItem(MUTE_KEY) === 'true');
  M.setMuted = (on) => { M.muted.value = !!on; localStorage.setItem(MUTE_KEY, String(!!on)); };

  /** A short beep: two tones for RED, one for ORANGE; nothing when muted or for lower levels. */
  M.beep = function (level) {
    if (M.muted.value || (level !== 'RED' && level !== 'ORANGE')) return false;
    hook.beeps++;
    try {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) return false;
      audio = audio || new Ctx();
      if (audio.state === 'suspended') audio.resume();
      const tones = level === 'RED' ? [880, 660, 880] : [660];
      tones.forEach((hz, i) => {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        const at = audio.currentTime + i * 0.22;
        osc.type = 'square';
        osc.frequency.value = hz;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.15, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
        osc.connect(gain).connect(audio.destination);
        osc.start(at);
        osc.stop(at + 0.21);
      });
    } catch (e) { /* no sound: the row still shows */ }
    return true;
  };
  /** Browsers start audio only after a user gesture: the first click on the page unlocks it. */
  document.addEventListener('click', () => {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx || M.muted.value) return;
    audio = audio || new Ctx();
    if (audio.state === 'suspended') audio.resume();
  }, { once: true, capture: true });

  // ---- components -----------------------------------------------------------

  A.component('level-badge', {
    props: { level: { type: String, default: null } },
    computed: {
      name() { return M.levelName(this.level); },
      style() {
        const c = M.levelColour(this.level);
        return { background: c, color: this.level === 'YELLOW' ? '#2b2300' : '#fff' };
      },
    },
    template: `<span class="badge level-badge" :data-level="level || 'NORMAL'" :style="style">{{ name }}</span>`,
  });

  /**
   * A time series with ECharts: `series` = [{name, points: [{time, value}], type: 'line'|'bar', id}],
   * `thresholds` = [{series: id, level, value, label}] drawn as horizontal lines on the series they
   * belong to, `marks` = [{time, label}] vertical lines. The root gets class `series-chart` and
   * `data-series` (how many series were drawn).
   */
  A.component('series-chart', {
    props: {
      series: { type: Array, default: () => [] },
      thresholds: { type: Array, default: () => [] },
      marks: { type: Array, default: () => [] },
      unit: { type: String, default: '' },
      height: { type: Number, default: 320 },
    },
    template: `<div class="series-chart" :data-series="series.length" :style="{height: height + 'px'}"></div>`,
    mounted() {
      if (!window.echarts) return;
      this.chart = echarts.init(this.$el);
      this.draw();
      this.onResize = () => this.chart && this.chart.resize();
      window.addEventListener('resize', this.onResize);
      this.stopLang = Vue.watch(() => A.lang, () => this.draw());
    },
    beforeUnmount() {
      window.removeEventListener('resize', this.onResize);
      if (this.stopLang) this.stopLang();
      if (this.chart) this.chart.dispose();
      this.chart = null;
    },
    watch: {
      series() { this.draw(); },
      thresholds() { this.draw(); },
      marks() { this.draw(); },
    },
    methods: {
      draw() {
        if (!this.chart) return;
        const palette = ['#1d5fa8', '#7a4bb3', '#2e8b57', '#a0522d', '#555'];
        const series = this.series.map((s, i) => {
          const lines = this.thresholds.filter((t) => t.series === s.id).map((t) => ({
            yAxis: t.value, name: t.label,
            lineStyle: { color: M.levelColour(t.level), type: 'dashed', width: 2 },
            label: { formatter: t.label + ' ' + t.value, color: M.levelColour(t.level), position: 'insideEndTop' },
          }));
          const marks = i === 0 ? this.marks.map((m) => ({ xAxis: new Date(m.time).getTime(), name: m.label,
            lineStyle: { color: '#888', type: 'dotted' }, label: { formatter: m.label, position: 'insideEndTop' } })) : [];
          return {
            id: s.id, name: s.name, type: s.type || 'line', showSymbol: false, step: s.step || false,
            itemStyle: { color: s.colour || palette[i % palette.length] },
            data: s.points.map((p) => [new Date(p.time).getTime(), p.value]),
            markLine: lines.length || marks.length ? { symbol: 'none', silent: true, data: lines.concat(marks) } : undefined,
          };
        });
        const max = Math.max(0, ...this.thresholds.filter((t) => series.some((s) => s.id === t.series)).map((t) => t.value));
        this.chart.setOption({
          animation: false,
          grid: { left: 50, right: 20, top: 40, bottom: 50 },
          tooltip: { trigger: 'axis' },
          legend: { top: 0, type: 'scroll' },
          xAxis: { type: 'time' },
          yAxis: { type: 'value', name: this.unit, max: (v) => Math.max(v.max, max * 1.1) || 1 },
          dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 8 }],
          series,
        }, true);
      },
    },
  });

  A.monitoring = M;
})();
