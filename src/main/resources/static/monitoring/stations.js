/*
 * 监测站 (stations): the list (#/monitoring/stations) and one station (#/monitoring/stations/:code) with
 * its details, sensors, the series of a sensor with the thresholds of the rules that apply drawn on the
 * quantity they are compared with (a "sum-180" threshold on the 3-hour rolling sum), which rule applies
 * per topic and why, its alarms, and — for users who may change — editing the basic fields and issuing
 * a new ingest token (shown once).
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A || !A.monitoring) return;
  const M = A.monitoring;

  const REASONS = {
    station: ['本站专用规则', 'a rule for this station'],
    area: ['本区域（镇街）规则', 'a rule for its area'],
    'area+industry': ['本区域该行业规则', 'a rule for its area and industry'],
    industry: ['行业规则（一行业一措施）', 'a rule for its industry'],
    kind: ['同类传感器通用规则', 'the general rule for the sensor kind'],
  };
  const RANGES = [[1, ['1 天', '1 day']], [3, ['3 天', '3 days']], [7, ['7 天', '7 days']], [30, ['30 天', '30 days']]];

  /** "sum-180" → "3小时累计" / "3 h rolling sum". */
  function seriesName(id, sensorKind) {
    if (id === 'value') return M.sensorKindName(sensorKind);
    const minutes = Number(id.substring(4));
    const span = minutes % 60 === 0 ? minutes / 60 + A.t('小时', ' h') : minutes + A.t('分钟', ' min');
    return A.t(span + '累计', span + ' rolling sum');
  }

  /**
   * Export (of the list's area and kind), template and all-or-nothing import of the 监测站 workbook, through the shared
   * A.api.upload and <import-progress> (ui.md "Excel imports"). Own rather than A.excelBar because the export also takes
   * ?kind= and the result says that new stations need a token issued.
   */
  const StationExcel = {
    props: ['area', 'kind'],
    emits: ['imported'],
    data: () => ({ file: null, result: null, problem: null, busy: false, progress: null }),
    template: `<span class="excel-bar" id="station-excel">
      <a class="btn btn-small" id="station-export" :href="A.api.href('/api/v1/stations/export.xlsx', { area, kind })">{{ $t('导出', 'Export') }}</a>
      <a class="btn btn-small" id="station-template" href="/api/v1/stations/template.xlsx">{{ $t('模板', 'Template') }}</a>
      <template v-if="A.me && A.me.mayChange"><input type="file" id="station-import-file" accept=".xlsx" @change="file = $event.target.files[0]">
        <button class="btn btn-small" id="station-import" :disabled="!file || busy" @click="upload">{{ $t('导入', 'Import') }}</button></template>
      <import-progress id="station-import-progress" :progress="progress"></import-progress>
      <span v-if="result" class="muted" id="station-import-result">{{ $t('新增', 'created') }} {{ result.created }} · {{ $t('更新', 'updated') }} {{ result.updated }}
        <template v-if="result.created">· {{ $t('新站须在详情页“重置接入凭据”后才能上报数据', 'new stations report once a token is issued on their page') }}</template></span>
      <problem-box :problem="problem"></problem-box></span>`,
    created() { this.A = A; },
    methods: {
      async upload() {
        this.busy = true; this.problem = null; this.result = null;
        const form = new FormData();
        form.append('file', this.file);
        try {
          this.result = await A.api.upload('/api/v1/stations/import', form, (p) => { this.progress = p; });
          this.$emit('imported');
        } catch (e) { this.problem = e.problem || { detail: e.message }; }
        this.busy = false;
      },
    },
  };

  const StationList = {
    props: ['params', 'query'],
    components: { StationExcel },
    data: () => ({ rows: [], kind: '', area: '', problem: null, loading: true }),
    template: `<div>
      <h1>{{ $t('监测站', 'Monitoring stations') }}</h1>
      <div class="toolbar">
        <select id="station-kind" v-model="kind" @change="load">
          <option value="">{{ $t('全部类型', 'All kinds') }}</option>
          <option v-for="(v, k) in M.KINDS" :key="k" :value="k">{{ $t(v[0], v[1]) }}</option>
        </select>
        <area-select id="station-area" level="DISTRICT|TOWN" v-model="area"></area-select>
        <span class="muted">{{ rows.length }} {{ $t('个', 'stations') }}</span>
        <station-excel :area="area" :kind="kind" @imported="load"></station-excel>
      </div>
      <problem-box :problem="problem"></problem-box>
      <div class="table-wrap"><table class="table" id="station-table">
        <thead><tr><th>{{ $t('等级', 'Level') }}</th><th>{{ $t('名称', 'Name') }}</th><th class="hide-phone">{{ $t('编码', 'Code') }}</th>
          <th>{{ $t('类型', 'Kind') }}</th><th class="hide-phone">{{ $t('状态', 'Status') }}</th><th>{{ $t('最近数据', 'Last reading') }}</th></tr></thead>
        <tbody><tr v-for="s in rows" :key="s.code" :data-station="s.code" :data-level="s.level || 'NORMAL'">
          <td><level-badge :level="s.level"></level-badge></td>
          <td><a :href="'#/monitoring/stations/' + encodeURIComponent(s.code)">{{ s.name }}</a></td>
          <td class="hide-phone"><code>{{ s.code }}</code></td>
          <td>{{ M.kindName(s.kind) }}</td><td class="hide-phone">{{ M.stationStatusName(s.status) }}</td>
          <td class="nowrap">{{ s.lastReadingAt ? A.formatTime(s.lastReadingAt) : $t('从未上报', 'never') }}</td></tr></tbody>
      </table></div>
    </div>`,
    created() {
      this.M = M;
      this.A = A;
      this.load();
      this.stop = M.onAlarm((a) => this.refresh(a.stationCode), { onOpen: () => this.load() });
    },
    beforeUnmount() { if (this.stop) this.stop(); },
    watch: { area() { this.load(); } },
    methods: {
      async load() {
        try {
          this.rows = await A.api.get('/api/v1/stations', { kind: this.kind || undefined, area: this.area || undefined });
          this.problem = null;
        } catch (e) { this.problem = M.problemOf(e); }
        this.loading = false;
      },
      async refresh(code) {
        const i = this.rows.findIndex((s) => s.code === code);
        if (i < 0) return;
        try { this.rows.splice(i, 1, await A.api.get('/api/v1/stations/' + encodeURIComponent(code))); } catch (e) { /* next load */ }
      },
    },
  };

  /** The basic fields of a station (its sensors are kept as they are). */
  const StationForm = {
    mixins: [A.formMixin],
    props: { station: { type: Object, required: true } },
    emits: ['saved', 'cancel'],
    fieldLabels: { name: ['名称', 'Name'], lon: ['经度', 'Longitude'], lat: ['纬度', 'Latitude'], areaCode: ['所属区域', 'Area'],
      ownerDepartment: ['管理单位', 'Owner'], intervalSeconds: ['上报周期（秒）', 'Interval (s)'], status: ['状态', 'Status'], note: ['备注', 'Note'] },
    data() {
      return { edit: this.fields(this.station), version: this.station.version, current: this.station };
    },
    created() { this.M = M; },
    template: `<div class="card" id="station-form"><h3>{{ $t('修改监测站', 'Edit station') }} <code>{{ station.code }}</code></h3>
      <div class="form-grid">
        <label for="station-name">{{ $t('名称', 'Name') }} *</label><input id="station-name" v-model="edit.name" maxlength="100">
        <label for="station-area-edit">{{ $t('所属区域', 'Area') }} *</label><area-select id="station-area-edit" v-model="edit.areaCode"></area-select>
        <label>{{ $t('位置', 'Location') }} *</label><point-picker v-model:lon="edit.lon" v-model:lat="edit.lat" id-prefix="station"></point-picker>
        <label for="station-owner">{{ $t('管理单位', 'Owner') }}</label><input id="station-owner" v-model="edit.ownerDepartment" maxlength="100">
        <label for="station-interval">{{ $t('上报周期（秒）', 'Interval (s)') }} *</label><input id="station-interval" type="number" min="10" max="86400" v-model="edit.intervalSeconds">
        <label for="station-status">{{ $t('状态', 'Status') }} *</label>
        <select id="station-status" v-model="edit.status"><option v-for="(v, k) in M.STATION_STATUS" :key="k" :value="k">{{ $t(v[0], v[1]) }}</option></select>
        <label for="station-note">{{ $t('备注', 'Note') }}</label><textarea id="station-note" v-model="edit.note" maxlength="500"></textarea>
      </div>
      <problem-box :problem="formProblem" @reload="reload"></problem-box>
      <div class="toolbar"><button id="station-save" type="button" class="btn btn-primary" :disabled="busy" @click="save">{{ busy ? $t('保存中…', 'Saving…') : $t('保存', 'Save') }}</button>
        <button type="button" class="btn" @click="$emit('cancel')">{{ $t('取消', 'Cancel') }}</button></div></div>`,
    methods: {
      fields(s) {
        return { name: s.name, lon: s.lon, lat: s.lat, areaCode: s.areaCode, ownerDepartment: s.ownerDepartment || '',
          intervalSeconds: s.intervalSeconds, status: s.status, note: s.note || '' };
      },
      async save() {
        const s = this.current;
        const e = this.edit;
        const body = { code: s.code, name: e.name.trim(), kind: s.kind, lon: A.numberOrNull(e.lon), lat: A.numberOrNull(e.lat), areaCode: e.areaCode,
          ownerDepartment: A.blankToNull(e.ownerDepartment.trim()), industry: s.industry, riskType: s.riskType, riskId: s.riskId,
          intervalSeconds: A.numberOrNull(e.intervalSeconds), status: e.status,
          sensors: s.sensors.map((x) => ({ code: x.code, kind: x.kind, unit: x.unit })), note: A.blankToNull(e.note.trim()), version: this.version };
        const saved = await this.run(() => A.api.put('/api/v1/stations/' + encodeURIComponent(s.code), body));
        if (saved) this.$emit('saved', saved);
      },
      /** After a 409: the station as it is now, replacing what was typed. */
      async reload() {
        const fresh = await this.run(() => A.api.get('/api/v1/stations/' + encodeURIComponent(this.current.code)));
        if (!fresh) return;
        this.current = fresh;
        this.edit = this.fields(fresh);
        this.version = fresh.version;
      },
    },
  };

  const StationPage = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    components: { StationForm },
    data() {
      return { station: null, sensor: (this.query && this.query.sensor) || '', days: 3, chart: null, rules: [], alarms: [], editing: false,
        token: null, loadProblem: null, chartProblem: null };
    },
    computed: {
      code() { return this.params.code; },
      sensorInfo() { return this.station && this.station.sensors.find((s) => s.code === this.sensor); },
      series() {
        const c = this.chart;
        if (!c) return [];
        const kind = this.sensorInfo ? this.sensorInfo.kind : '';
        const out = [{ id: 'value', name: seriesName('value', kind), type: kind === 'rain' ? 'bar' : 'line', points: c.points, colour: '#4f7cac' }];
        Object.entries(c.rolling || {}).forEach(([id, points]) => out.push({ id, name: seriesName(id, kind), type: 'line', points }));
        return out;
      },
      thresholds() {
        return (this.chart ? this.chart.thresholds : []).filter((t) => t.series)
          .map((t) => ({ series: t.series, level: t.level, value: t.value, label: M.levelName(t.level) }));
      },
      /** Thresholds a line cannot show (rate of rise, averages, silence …): listed under the chart. */
      undrawn() { return (this.chart ? this.chart.thresholds : []).filter((t) => !t.series); },
      drawnRules() {
        const seen = new Map();
        (this.chart ? this.chart.thresholds : []).filter((t) => t.series).forEach((t) => seen.set(t.ruleId, t.ruleName));
        return [...seen.values()];
      },
      /** The rules table, grouped by sensor and topic: the winner first, then the ones it beat. */
      ruleRows() { return this.rules; },
    },
    template: `<div>
      <div class="breadcrumb"><a href="#/monitoring/stations">{{ $t('监测站', 'Stations') }}</a><span>{{ code }}</span></div>
      <problem-box :problem="loadProblem"></problem-box>
      <template v-if="station">
        <div class="card" id="station-detail" :data-station="station.code" :data-level="station.level || 'NORMAL'">
          <h1><level-badge :level="station.level"></level-badge> {{ station.name }} <code class="muted">{{ station.code }}</code></h1>
          <div class="form-grid">
            <label>{{ $t('类型', 'Kind') }}</label><span>{{ M.kindName(station.kind) }}</span>
            <label>{{ $t('状态', 'Status') }}</label><span>{{ M.stationStatusName(station.status) }}</span>
            <label>{{ $t('所属区域', 'Area') }}</label><span><a :href="'#/area/' + station.areaCode">{{ station.areaCode }}</a></span>
            <label>{{ $t('位置', 'Location') }}</label><span>{{ station.lon }}, {{ station.lat }}</span>
            <label>{{ $t('管理单位', 'Owner') }}</label><span>{{ station.ownerDepartment || '—' }}</span>
            <template v-if="station.industry"><label>{{ $t('行业', 'Industry') }}</label><span>{{ station.industry }}</span></template>
            <template v-if="station.riskType"><label>{{ $t('监测对象', 'Watches') }}</label><span>{{ station.riskType }} #{{ station.riskId }}</span></template>
            <label>{{ $t('上报周期', 'Interval') }}</label><span>{{ station.intervalSeconds }} s</span>
            <label>{{ $t('最近数据', 'Last reading') }}</label><span>{{ station.lastReadingAt ? A.formatTime(station.lastReadingAt) : $t('从未上报', 'never') }}</span>
            <label>{{ $t('接入凭据', 'Ingest token') }}</label><span>{{ station.hasToken ? $t('已设置', 'set') : $t('未设置', 'none') }}</span>
            <template v-if="station.note"><label>{{ $t('备注', 'Note') }}</label><span>{{ station.note }}</span></template>
          </div>
          <div class="toolbar" v-if="mayChange" style="margin-top:12px">
            <button type="button" id="station-edit" class="btn" @click="editing = !editing">{{ $t('修改', 'Edit') }}</button>
            <button type="button" id="station-token" class="btn btn-danger" :disabled="busy" @click="rotate">{{ $t('重置接入凭据', 'Issue a new ingest token') }}</button>
          </div>
          <problem-box :problem="formProblem"></problem-box>
          <div v-if="token" class="notice card" id="station-token-shown">
            <p>{{ $t('新的接入凭据（只显示这一次，请立即配置到设备；旧凭据已失效）：', 'The new ingest token (shown only now; configure the device with it — the old one no longer works):') }}</p>
            <p class="secret" id="station-token-value">{{ token }}</p>
            <p class="muted small">{{ $t('设备以请求头 X-Station-Token 上报到 POST /api/v1/readings。', 'Devices send it as the X-Station-Token header to POST /api/v1/readings.') }}</p>
          </div>
        </div>
        <station-form v-if="editing" :station="station" @saved="saved" @cancel="editing = false"></station-form>

        <div class="card" id="station-series">
          <div class="toolbar">
            <h3 style="margin:0">{{ $t('监测曲线', 'Series') }}</h3>
            <select id="series-sensor" v-model="sensor" @change="loadChart">
              <option v-for="s in station.sensors" :key="s.code" :value="s.code">{{ M.sensorKindName(s.kind) }} ({{ s.code }}, {{ s.unit }})</option>
            </select>
            <select id="series-days" v-model.number="days" @change="loadChart">
              <option v-for="r in RANGES" :key="r[0]" :value="r[0]">{{ $t('近', 'last ') }}{{ $t(r[1][0], r[1][1]) }}</option>
            </select>
          </div>
          <problem-box :problem="chartProblem"></problem-box>
          <series-chart v-if="chart" id="station-chart" :series="series" :thresholds="thresholds" :unit="sensorInfo ? sensorInfo.unit : ''"></series-chart>
          <p v-if="chart && !chart.points.length" class="muted" id="series-empty">{{ $t('这段时间没有数据。', 'No readings in this period.') }}</p>
          <p v-if="drawnRules.length" class="muted small">{{ $t('虚线为适用规则的阈值：', 'Dashed lines: thresholds of the rules that apply: ') }}{{ drawnRules.join('、') }}</p>
          <div v-if="undrawn.length" class="small"><span class="muted">{{ $t('其他阈值（不能画在读数曲线上）：', 'Other thresholds (not on the readings line): ') }}</span>
            <span v-for="(t, i) in undrawn" :key="i" class="nowrap">{{ t.ruleName }} {{ t.aggregate }}<template v-if="t.windowMinutes"> {{ t.windowMinutes }}min</template>
              <level-badge :level="t.level"></level-badge> {{ t.value }}；</span></div>
        </div>

        <div class="card">
          <h3>{{ $t('适用规则', 'Rules that apply') }}</h3>
          <p class="muted small">{{ $t('每个传感器的每个主题只有一条规则生效：本站专用 › 更近的区域 › 更大的区域 › 行业 › 同类通用；同级时先建的规则优先。',
            'Per sensor and topic one rule applies: this station › nearer area › wider area › industry › kind; on a tie the older rule.') }}</p>
          <div class="table-wrap"><table class="table" id="station-rules">
            <thead><tr><th>{{ $t('传感器', 'Sensor') }}</th><th>{{ $t('主题', 'Topic') }}</th><th>{{ $t('规则', 'Rule') }}</th>
              <th>{{ $t('是否生效', 'Applies') }}</th><th>{{ $t('原因', 'Why') }}</th></tr></thead>
            <tbody><tr v-for="r in ruleRows" :key="r.sensor + r.topic + r.ruleId" class="rule-row" :class="{'rule-wins': r.applies}"
                :data-rule="r.ruleId" :data-applies="r.applies" :data-topic="r.topic" :data-sensor="r.sensor">
              <td>{{ r.sensor }}</td><td><code>{{ r.topic }}</code></td>
              <td><a :href="'#/monitoring/rules/' + r.ruleId">{{ r.ruleName }}</a></td>
              <td class="rule-applies"><strong v-if="r.applies">✔ {{ $t('生效', 'applies') }}</strong>
                <span v-else-if="!r.enabled" class="muted">{{ $t('已停用', 'disabled') }}</span>
                <span v-else class="muted">{{ $t('被更具体的规则取代', 'overridden by a more specific rule') }}</span></td>
              <td>{{ reason(r.reason) }} <span class="muted small">({{ $t('具体度', 'specificity') }} {{ r.specificity }})</span></td></tr>
              <tr v-if="!ruleRows.length"><td colspan="5" class="muted">{{ $t('没有适用的规则。', 'No rule applies.') }}</td></tr></tbody>
          </table></div>
        </div>

        <div class="card">
          <h3>{{ $t('告警', 'Alarms') }} <a class="small" :href="'#/monitoring/alarms?status=all'">{{ $t('全部告警', 'all alarms') }} &rarr;</a></h3>
          <p v-if="!alarms.length" class="muted">{{ $t('没有告警记录。', 'No alarms.') }}</p>
          <div v-else class="table-wrap"><table class="table" id="station-alarms">
            <thead><tr><th>{{ $t('等级', 'Level') }}</th><th>{{ $t('规则', 'Rule') }}</th><th>{{ $t('状态', 'Status') }}</th><th>{{ $t('发生时间', 'Raised') }}</th></tr></thead>
            <tbody><tr v-for="a in alarms" :key="a.id" :data-id="a.id" :data-level="a.level" :data-status="a.status">
              <td><level-badge :level="a.level"></level-badge></td><td><a :href="'#/monitoring/alarms/' + a.id">{{ a.ruleName }}</a></td>
              <td>{{ M.alarmStatusName(a.status) }}</td><td class="nowrap">{{ A.formatTime(a.raisedAt) }}</td></tr></tbody>
          </table></div>
        </div>
      </template>
    </div>`,
    created() {
      this.M = M;
      this.A = A;
      this.RANGES = RANGES;
      this.load();
      this.stop = M.onAlarm((a) => { if (a.stationCode === this.code) this.load(false); });
    },
    beforeUnmount() { if (this.stop) this.stop(); },
    methods: {
      reason(r) { return REASONS[r] ? A.t(REASONS[r][0], REASONS[r][1]) : r; },
      async load(withRules) {
        try {
          this.station = await A.api.get('/api/v1/stations/' + encodeURIComponent(this.code));
          this.loadProblem = null;
        } catch (e) {
          this.loadProblem = M.problemOf(e);
          return;
        }
        if (!this.sensor || !this.sensorInfo) this.sensor = this.station.sensors.length ? this.station.sensors[0].code : '';
        const [rules, alarms] = await Promise.all([
          withRules === false ? Promise.resolve(this.rules) : A.api.get('/api/v1/stations/' + encodeURIComponent(this.code) + '/rules').catch((e) => { this.loadProblem = M.problemOf(e); return []; }),
          A.api.get('/api/v1/alarms', { station: this.code, status: 'all', limit: 20 }).catch(() => []),
        ]);
        this.rules = rules;
        this.alarms = alarms;
        await this.loadChart();
      },
      async loadChart() {
        if (!this.sensor) { this.chart = null; return; }
        const to = new Date();
        const from = new Date(to.getTime() - this.days * 86400000);
        try {
          this.chart = await A.api.get('/api/v1/stations/' + encodeURIComponent(this.code) + '/series',
            { sensor: this.sensor, from: from.toISOString(), to: to.toISOString(), points: 600 });
          this.chartProblem = null;
        } catch (e) {
          this.chartProblem = M.problemOf(e);
        }
      },
      async rotate() {
        if (!window.confirm(A.t('重置后旧凭据立即失效，设备须改用新凭据。继续？', 'The old token stops working at once and the device needs the new one. Go on?'))) return;
        const issued = await this.run(() => A.api.post('/api/v1/stations/' + encodeURIComponent(this.code) + '/token'));
        if (issued) {
          this.token = issued.token;
          this.station = issued.station;
        }
      },
      saved(station) {
        this.editing = false;
        if (station) this.station = station;
        else this.load();
      },
    },
  };

  A.register({ path: '/monitoring/stations', group: 'monitoring', title: ['监测站', 'Stations'], order: 20, component: StationList });
  A.register({ path: '/monitoring/stations/:code', group: 'monitoring', title: ['监测站', 'Station'], hidden: true, component: StationPage });
})();
