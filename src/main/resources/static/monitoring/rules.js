/*
 * 预警规则 (rules): the list (#/monitoring/rules) and the editor (#/monitoring/rules/new, /:id) — name,
 * topic, sensor kind, optional industry / area / station, ALL/ANY of up to 8 conditions (aggregate,
 * window, comparison, a threshold per level with an optional window of its own, hysteresis, hold in
 * minutes or readings), season MM-dd … MM-dd, enabled — with 预演 (preview): what the rule as typed
 * would have done over the last 7 days of readings (POST /api/v1/rules/preview).
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A || !A.monitoring) return;
  const M = A.monitoring;

  const AGGREGATES = {
    VALUE: ['最新值', 'Latest value'], SUM: ['窗口累计', 'Sum over window'], AVG: ['窗口平均', 'Average over window'],
    MAX: ['窗口最大', 'Max over window'], MIN: ['窗口最小', 'Min over window'], RATE: ['变化速率（每小时）', 'Rate per hour'],
    SILENCE: ['无数据时长', 'Silence'],
  };
  const COMPARISONS = { AT_LEAST: ['≥ 达到或超过', '≥ at least'], AT_MOST: ['≤ 达到或低于', '≤ at most'] };
  const INDUSTRIES = {
    HAZARDOUS_CHEMICALS: ['危险化学品', 'Hazardous chemicals'], NON_COAL_MINE: ['非煤矿山', 'Non-coal mine'], INDUSTRY_TRADE: ['工贸', 'Industry & trade'],
    OIL_GAS: ['油气', 'Oil & gas'], CONSTRUCTION: ['建设施工', 'Construction'], FIREWORKS: ['烟花爆竹', 'Fireworks'], OTHER: ['其他', 'Other'],
  };
  const LEVEL_ORDER = ['BLUE', 'YELLOW', 'ORANGE', 'RED'];
  const pair = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code);
  const windowed = (agg) => agg !== 'VALUE' && agg !== 'SILENCE';

  function minutes(m) {
    if (m == null || m === '') return '';
    return m % 60 === 0 ? m / 60 + A.t('小时', ' h') : m + A.t('分钟', ' min');
  }

  /** One condition in words: "窗口累计 3小时 ≥ 黄 50 · 红 100". */
  function describe(c) {
    const cmp = c.comparison === 'AT_MOST' ? '≤' : '≥';
    const steps = (c.steps || []).map((s) => M.levelName(s.level) + ' ' + s.threshold + (s.windowMinutes ? '/' + minutes(s.windowMinutes) : '')).join(' · ');
    const unit = c.aggregate === 'SILENCE' ? (c.perInterval ? A.t('（周期数）', ' (intervals)') : A.t('（分钟）', ' (minutes)')) : '';
    return pair(AGGREGATES, c.aggregate) + (c.windowMinutes ? ' ' + minutes(c.windowMinutes) : '') + unit + ' ' + cmp + ' ' + steps;
  }

  const RuleList = {
    props: ['params', 'query'],
    data: () => ({ rules: [], problem: null }),
    computed: { mayChange() { return !!A.me.mayChange; } },
    template: `<div>
      <h1>{{ $t('预警规则', 'Alarm rules') }}</h1>
      <div class="toolbar"><a v-if="mayChange" id="rule-new" class="btn btn-primary" href="#/monitoring/rules/new">{{ $t('新建规则', 'New rule') }}</a>
        <span class="muted small">{{ $t('同一主题下，对每个传感器只有最具体的一条规则生效（本站 › 区域 › 行业 › 通用）。', 'Within a topic only the most specific rule applies to a sensor (station › area › industry › kind).') }}</span></div>
      <problem-box :problem="problem"></problem-box>
      <div class="table-wrap"><table class="table" id="rule-table">
        <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('主题', 'Topic') }}</th><th class="hide-phone">{{ $t('传感器类型', 'Sensor kind') }}</th>
          <th>{{ $t('范围', 'Scope') }}</th><th class="hide-phone">{{ $t('条件', 'Conditions') }}</th><th class="hide-phone">{{ $t('有效期', 'Season') }}</th><th>{{ $t('状态', 'State') }}</th></tr></thead>
        <tbody><tr v-for="r in rules" :key="r.id" :data-rule="r.id">
          <td><a :href="'#/monitoring/rules/' + r.id">{{ r.name }}</a> <span v-if="r.builtIn" class="badge">{{ $t('内置', 'built-in') }}</span></td>
          <td><code>{{ r.topic }}</code></td><td class="hide-phone">{{ M.sensorKindName(r.sensorKind) }}</td>
          <td>{{ scope(r) }}</td>
          <td class="hide-phone small">{{ r.combine === 'ANY' ? $t('任一：', 'any of: ') : (r.conditions.length > 1 ? $t('全部：', 'all of: ') : '') }}<span v-for="(c, i) in r.conditions" :key="i">{{ describe(c) }}<br></span></td>
          <td class="hide-phone">{{ r.activeFrom ? r.activeFrom + ' — ' + r.activeTo : $t('全年', 'all year') }}</td>
          <td>{{ r.enabled ? $t('启用', 'on') : $t('停用', 'off') }}</td></tr></tbody>
      </table></div>
    </div>`,
    async created() {
      this.M = M;
      try { this.rules = await A.api.get('/api/v1/rules'); } catch (e) { this.problem = M.problemOf(e); }
    },
    methods: {
      describe,
      scope(r) {
        const parts = [];
        if (r.stationCode) parts.push(A.t('监测站 ', 'station ') + r.stationCode);
        if (r.areaCode) parts.push(A.t('区域 ', 'area ') + r.areaCode);
        if (r.industry) parts.push(pair(INDUSTRIES, r.industry));
        return parts.length ? parts.join(' · ') : A.t('全区通用', 'district-wide');
      },
    },
  };

  const blankStep = (level, threshold) => ({ level: level || 'YELLOW', threshold: threshold == null ? '' : threshold, windowMinutes: '' });
  const blankCondition = () => ({ aggregate: 'VALUE', windowMinutes: '', comparison: 'AT_LEAST', steps: [blankStep('YELLOW'), blankStep('RED')],
    hysteresis: '', holdMinutes: '', holdReadings: '', perInterval: false });
  const text = (v) => (v == null ? '' : v);

  const RuleEditor = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    fieldLabels: {
      name: ['名称', 'Name'], topic: ['主题', 'Topic'], sensorKind: ['传感器类型', 'Sensor kind'], industry: ['行业', 'Industry'],
      areaCode: ['区域', 'Area'], stationCode: ['监测站', 'Station'], combine: ['组合方式', 'Combine'], conditions: ['条件', 'Conditions'],
      'conditions.aggregate': ['统计方式', 'Aggregate'], 'conditions.windowMinutes': ['统计时段（分钟）', 'Window (min)'],
      'conditions.comparison': ['比较', 'Comparison'], 'conditions.steps': ['等级阈值', 'Levels'], 'conditions.steps.level': ['等级', 'Level'],
      'conditions.steps.threshold': ['阈值', 'Threshold'], 'conditions.steps.windowMinutes': ['该等级时段', 'Level window'],
      'conditions.hysteresis': ['回差', 'Hysteresis'], 'conditions.holdMinutes': ['持续分钟', 'Hold minutes'],
      'conditions.holdReadings': ['连续次数', 'Hold readings'], activeFrom: ['有效期起', 'Season from'], activeTo: ['有效期止', 'Season to'],
      note: ['备注', 'Note'], 'rule.name': ['名称', 'Name'], 'rule.topic': ['主题', 'Topic'],
    },
    data() {
      return { edit: null, id: null, version: null, builtIn: false, stations: [], preview: null, previewStation: '', previewProblem: null,
        previewBusy: false, saved: false, loadProblem: null };
    },
    computed: {
      isNew() { return this.params.id === 'new'; },
      kinds() { return Object.keys(M.SENSOR_KINDS); },
    },
    template: `<div>
      <div class="breadcrumb"><a href="#/monitoring/rules">{{ $t('预警规则', 'Alarm rules') }}</a><span>{{ isNew ? $t('新建', 'New') : '#' + params.id }}</span></div>
      <problem-box :problem="loadProblem"></problem-box>
      <div v-if="edit" class="card" id="rule-form">
        <h2>{{ isNew ? $t('新建规则', 'New rule') : $t('规则', 'Rule') + ' ' + edit.name }} <span v-if="builtIn" class="badge">{{ $t('内置', 'built-in') }}</span></h2>
        <div class="form-grid">
          <label for="rule-name">{{ $t('名称', 'Name') }} *</label><input id="rule-name" v-model="edit.name" maxlength="100" :disabled="!mayChange">
          <label for="rule-topic">{{ $t('主题', 'Topic') }} *</label>
          <span><input id="rule-topic" v-model="edit.topic" maxlength="40" list="rule-topics" :disabled="!mayChange">
            <datalist id="rule-topics"><option value="rainfall"></option><option value="silence"></option><option value="level"></option><option value="gas"></option></datalist>
            <span class="muted small">{{ $t('小写字母、数字、-、_；同一主题的规则相互竞争，最具体的一条生效。', 'Lower case, digits, - and _; rules of one topic compete, the most specific applies.') }}</span></span>
          <label for="rule-kind">{{ $t('传感器类型', 'Sensor kind') }} *</label>
          <select id="rule-kind" v-model="edit.sensorKind" :disabled="!mayChange"><option v-for="k in kinds" :key="k" :value="k">{{ M.sensorKindName(k) }} ({{ k }})</option></select>
          <label for="rule-industry">{{ $t('行业（可选）', 'Industry (optional)') }}</label>
          <select id="rule-industry" v-model="edit.industry" :disabled="!mayChange"><option value="">{{ $t('— 不限 —', '— any —') }}</option>
            <option v-for="(v, k) in INDUSTRIES" :key="k" :value="k">{{ $t(v[0], v[1]) }}</option></select>
          <label for="rule-area">{{ $t('区域（可选）', 'Area (optional)') }}</label><area-select id="rule-area" v-model="edit.areaCode" level="DISTRICT|TOWN|VILLAGE" :disabled="!mayChange"></area-select>
          <label for="rule-station">{{ $t('监测站（可选）', 'Station (optional)') }}</label>
          <span><input id="rule-station" v-model="edit.stationCode" list="rule-stations" maxlength="40" :disabled="!mayChange">
            <datalist id="rule-stations"><option v-for="s in stations" :key="s.code" :value="s.code">{{ s.name }}</option></datalist></span>
          <label for="rule-combine">{{ $t('条件组合', 'Combine') }}</label>
          <select id="rule-combine" v-model="edit.combine" :disabled="!mayChange">
            <option value="ALL">{{ $t('全部满足（ALL，取各条件的最低等级）', 'All (ALL: the lowest level all reach)') }}</option>
            <option value="ANY">{{ $t('任一满足（ANY，取最高等级）', 'Any (ANY: the highest level any reaches)') }}</option></select>
          <label>{{ $t('有效期（MM-dd，可选）', 'Season (MM-dd, optional)') }}</label>
          <span class="nowrap"><input id="rule-from" v-model="edit.activeFrom" placeholder="05-01" maxlength="5" style="width:6em" :disabled="!mayChange"> —
            <input id="rule-to" v-model="edit.activeTo" placeholder="09-30" maxlength="5" style="width:6em" :disabled="!mayChange"></span>
          <label for="rule-enabled">{{ $t('启用', 'Enabled') }}</label><input id="rule-enabled" type="checkbox" v-model="edit.enabled" :disabled="!mayChange">
          <label for="rule-note">{{ $t('备注', 'Note') }}</label><textarea id="rule-note" v-model="edit.note" maxlength="500" :disabled="!mayChange"></textarea>
        </div>

        <h3 style="margin-top:16px">{{ $t('条件', 'Conditions') }}</h3>
        <div v-for="(c, ci) in edit.conditions" :key="ci" class="card rule-condition" :data-index="ci">
          <div class="form-grid">
            <label>{{ $t('统计方式', 'Aggregate') }} #{{ ci + 1 }}</label>
            <select class="cond-aggregate" v-model="c.aggregate" :disabled="!mayChange"><option v-for="(v, k) in AGGREGATES" :key="k" :value="k">{{ $t(v[0], v[1]) }}</option></select>
            <template v-if="windowed(c.aggregate)"><label>{{ $t('统计时段（分钟）', 'Window (minutes)') }}</label>
              <input class="cond-window" type="number" min="10" max="4320" v-model="c.windowMinutes" :disabled="!mayChange"></template>
            <template v-if="c.aggregate === 'SILENCE'"><label>{{ $t('阈值单位', 'Threshold unit') }}</label>
              <label class="checks"><input type="checkbox" v-model="c.perInterval" :disabled="!mayChange"> {{ $t('按上报周期数计（否则按分钟）', 'counted in reporting intervals (else minutes)') }}</label></template>
            <label>{{ $t('比较', 'Comparison') }}</label>
            <select class="cond-comparison" v-model="c.comparison" :disabled="!mayChange"><option v-for="(v, k) in COMPARISONS" :key="k" :value="k">{{ $t(v[0], v[1]) }}</option></select>
            <label>{{ $t('回差', 'Hysteresis') }}</label><input class="cond-hysteresis" type="number" min="0" step="any" v-model="c.hysteresis" :disabled="!mayChange" :placeholder="$t('0：达到阈值以下即解除', '0: clears as soon as below')">
            <label>{{ $t('持续（分钟 / 连续次数）', 'Hold (minutes / readings)') }}</label>
            <span class="nowrap"><input class="cond-hold-minutes" type="number" min="0" max="4320" v-model="c.holdMinutes" style="width:7em" :disabled="!mayChange"> /
              <input class="cond-hold-readings" type="number" min="0" max="100" v-model="c.holdReadings" style="width:7em" :disabled="!mayChange"></span>
          </div>
          <div class="table-wrap form-rows"><table class="table">
            <thead><tr><th>{{ $t('等级', 'Level') }}</th><th>{{ $t('阈值', 'Threshold') }}</th><th v-if="windowed(c.aggregate)">{{ $t('该等级时段（分钟，可选）', 'Own window (min, optional)') }}</th><th></th></tr></thead>
            <tbody><tr v-for="(s, si) in c.steps" :key="si" class="cond-step">
              <td><select class="step-level" v-model="s.level" :disabled="!mayChange"><option v-for="l in LEVEL_ORDER" :key="l" :value="l">{{ M.levelName(l) }}</option></select></td>
              <td><input class="step-threshold" type="number" step="any" v-model="s.threshold" :disabled="!mayChange"></td>
              <td v-if="windowed(c.aggregate)"><input class="step-window" type="number" min="10" max="4320" v-model="s.windowMinutes" :disabled="!mayChange"></td>
              <td><button v-if="mayChange && c.steps.length > 1" type="button" class="btn btn-small" @click="c.steps.splice(si, 1)">{{ $t('删除', 'Remove') }}</button></td></tr></tbody>
          </table></div>
          <div class="toolbar" v-if="mayChange">
            <button type="button" class="btn btn-small" :disabled="c.steps.length >= 4" @click="c.steps.push(blankStep(nextLevel(c)))">{{ $t('加一个等级', 'Add a level') }}</button>
            <button type="button" class="btn btn-small btn-danger" v-if="edit.conditions.length > 1" @click="edit.conditions.splice(ci, 1)">{{ $t('删除此条件', 'Remove this condition') }}</button>
          </div>
        </div>
        <div class="toolbar" v-if="mayChange"><button type="button" id="rule-add-condition" class="btn btn-small" :disabled="edit.conditions.length >= 8" @click="edit.conditions.push(blankCondition())">{{ $t('加一个条件', 'Add a condition') }}</button></div>

        <problem-box :problem="formProblem" @reload="reload"></problem-box>
        <p v-if="saved" class="notice card" id="rule-saved">{{ $t('已保存，下一条数据起生效。', 'Saved; it applies from the next reading.') }}</p>
        <div class="toolbar" v-if="mayChange">
          <button type="button" id="rule-save" class="btn btn-primary" :disabled="busy" @click="save">{{ busy ? $t('保存中…', 'Saving…') : $t('保存', 'Save') }}</button>
          <button type="button" v-if="!isNew && !builtIn" id="rule-delete" class="btn btn-danger" :disabled="busy" @click="remove">{{ $t('删除', 'Delete') }}</button>
        </div>
      </div>

      <div v-if="edit" class="card" id="rule-preview">
        <h3>{{ $t('预演：近 7 天的数据', 'Preview: the last 7 days of readings') }}</h3>
        <div class="toolbar">
          <input id="preview-station" v-model="previewStation" list="rule-stations" :placeholder="$t('监测站编码（可选；空：辖区内所有匹配的传感器）', 'Station code (optional; blank: every matching sensor in your scope)')" style="min-width:22em">
          <button type="button" id="rule-preview-run" class="btn" :disabled="previewBusy" @click="runPreview">{{ previewBusy ? $t('预演中…', 'Running…') : $t('预演', 'Preview') }}</button>
        </div>
        <problem-box :problem="previewProblem"></problem-box>
        <template v-if="preview">
          <p v-if="!preview.length" class="muted" id="preview-none">{{ $t('近 7 天内，这条规则不会改变任何告警等级。', 'In the last 7 days this rule would not have changed any alarm level.') }}</p>
          <template v-else><p>{{ $t('这条规则会在以下时刻改变告警等级：', 'This rule would have changed the alarm level at:') }}</p>
          <div class="table-wrap"><table class="table" id="preview-table">
            <thead><tr><th>{{ $t('时间', 'Time') }}</th><th>{{ $t('监测站', 'Station') }}</th><th>{{ $t('变化', 'Change') }}</th><th>{{ $t('读数', 'Reading') }}</th></tr></thead>
            <tbody><tr v-for="(t, i) in preview" :key="i" class="preview-row" :data-to="t.to || 'NORMAL'">
              <td class="nowrap">{{ A.formatTime(t.time) }}</td><td>{{ t.station }} <span class="muted">{{ t.sensor }}</span></td>
              <td><level-badge :level="t.from"></level-badge> → <level-badge :level="t.to"></level-badge>
                <span class="muted small">{{ t.to ? (t.from ? $t('变化', 'change') : $t('触发', 'would raise')) : $t('解除', 'would clear') }}</span></td>
              <td>{{ t.value == null ? $t('（无数据）', '(silence)') : M.num(t.value) }}</td></tr></tbody>
          </table></div></template>
        </template>
      </div>
    </div>`,
    async created() {
      Object.assign(this, { M, A, AGGREGATES, COMPARISONS, INDUSTRIES, LEVEL_ORDER });
      A.api.get('/api/v1/stations').then((s) => { this.stations = s; }).catch(() => {});
      if (this.query && this.query.station) this.previewStation = this.query.station;
      this.saved = !!(this.query && this.query.saved);
      await this.reload();
    },
    methods: {
      windowed,
      blankStep,
      blankCondition,
      describe,
      nextLevel(c) { return LEVEL_ORDER.find((l) => !c.steps.some((s) => s.level === l)) || 'RED'; },
      fromRule(r) {
        return { name: r.name, topic: r.topic, sensorKind: r.sensorKind, industry: text(r.industry), areaCode: text(r.areaCode),
          stationCode: text(r.stationCode), combine: r.combine || 'ALL', activeFrom: text(r.activeFrom), activeTo: text(r.activeTo),
          enabled: r.enabled, note: text(r.note),
          conditions: r.conditions.map((c) => ({ aggregate: c.aggregate, windowMinutes: text(c.windowMinutes), comparison: c.comparison || 'AT_LEAST',
            steps: c.steps.map((s) => ({ level: s.level, threshold: s.threshold, windowMinutes: text(s.windowMinutes) })),
            hysteresis: c.hysteresis ? c.hysteresis : '', holdMinutes: text(c.holdMinutes || ''), holdReadings: text(c.holdReadings || ''),
            perInterval: !!c.perInterval })) };
      },
      body() {
        const e = this.edit;
        const trim = (v) => A.blankToNull(typeof v === 'string' ? v.trim() : v);
        return { name: e.name.trim(), topic: e.topic.trim(), sensorKind: e.sensorKind, industry: trim(e.industry), areaCode: trim(e.areaCode),
          stationCode: trim(e.stationCode), combine: e.combine, activeFrom: trim(e.activeFrom), activeTo: trim(e.activeTo), enabled: e.enabled,
          note: trim(e.note), version: this.version,
          conditions: e.conditions.map((c) => ({ aggregate: c.aggregate, windowMinutes: windowed(c.aggregate) ? A.numberOrNull(c.windowMinutes) : null,
            comparison: c.comparison, hysteresis: A.numberOrNull(c.hysteresis), holdMinutes: A.numberOrNull(c.holdMinutes),
            holdReadings: A.numberOrNull(c.holdReadings), perInterval: c.aggregate === 'SILENCE' && !!c.perInterval,
            steps: c.steps.map((s) => ({ level: s.level, threshold: A.numberOrNull(s.threshold),
              windowMinutes: windowed(c.aggregate) ? A.numberOrNull(s.windowMinutes) : null })) })) };
      },
      /** Loads the rule (and after a 409, again: what was typed is dropped). */
      async reload() {
        if (this.isNew) {
          this.edit = { name: '', topic: '', sensorKind: 'rain', industry: '', areaCode: '', stationCode: (this.query && this.query.station) || '',
            combine: 'ALL', activeFrom: '', activeTo: '', enabled: true, note: '', conditions: [blankCondition()] };
          return;
        }
        try {
          const r = await A.api.get('/api/v1/rules/' + encodeURIComponent(this.params.id));
          this.edit = this.fromRule(r);
          this.id = r.id;
          this.version = r.version;
          this.builtIn = r.builtIn;
          this.problem = null;
        } catch (e) {
          this.loadProblem = M.problemOf(e);
        }
      },
      async save() {
        this.saved = false;
        const body = this.body();
        const r = await this.run(() => (this.id ? A.api.put('/api/v1/rules/' + this.id, body) : A.api.post('/api/v1/rules', body)));
        if (!r) return;
        this.saved = true;
        if (!this.id) { A.navigate('/monitoring/rules/' + r.id + '?saved=1'); return; }
        this.edit = this.fromRule(r);
        this.version = r.version;
      },
      async remove() {
        if (!window.confirm(A.t('删除这条规则？', 'Delete this rule?'))) return;
        const ok = await this.run(async () => { await A.api.del('/api/v1/rules/' + this.id); return true; });
        if (ok) A.navigate('/monitoring/rules');
      },
      async runPreview() {
        this.previewBusy = true;
        this.previewProblem = null;
        try {
          this.preview = await A.api.post('/api/v1/rules/preview', { rule: this.body(), station: A.blankToNull(this.previewStation.trim()), days: 7 });
        } catch (e) {
          this.preview = null;
          this.previewProblem = M.problemOf(e);
        }
        this.previewBusy = false;
      },
    },
  };

  A.register({ path: '/monitoring/rules', group: 'monitoring', title: ['预警规则', 'Alarm rules'], order: 30, component: RuleList });
  A.register({ path: '/monitoring/rules/:id', group: 'monitoring', title: ['预警规则', 'Alarm rule'], hidden: true, component: RuleEditor });
})();
