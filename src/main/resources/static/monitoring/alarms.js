/*
 * 告警 (alarms): the live alarm list (#/monitoring/alarms) and one alarm with its history and readings
 * (#/monitoring/alarms/:id). The list listens to the alarm stream: a new alarm comes in at the top, a
 * changed one is updated where it is; a new or risen ORANGE/RED alarm beeps (mute switch kept in
 * localStorage). Acknowledge (签收), comment and close (an active alarm needs the reason) are offered
 * to users who may change things; the server checks scope and role.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A || !A.monitoring) return;
  const M = A.monitoring;
  const RANK = { BLUE: 1, YELLOW: 2, ORANGE: 3, RED: 4 };
  const STATUS_FILTER = { open: ['RAISED', 'ACKNOWLEDGED', 'CLEARED'], active: ['RAISED', 'ACKNOWLEDGED'], all: null };

  /** The buttons and the note box of one alarm: `<alarm-actions :alarm @changed>`. */
  const AlarmActions = {
    mixins: [A.formMixin],
    props: { alarm: { type: Object, required: true }, compact: { type: Boolean, default: false } },
    emits: ['changed'],
    data: () => ({ mode: null, text: '' }),
    computed: {
      active() { return this.alarm.status === 'RAISED' || this.alarm.status === 'ACKNOWLEDGED'; },
      needsText() { return this.mode === 'comment' || (this.mode === 'close' && this.active); },
    },
    template: `<div v-if="mayChange" class="alarm-actions">
      <span class="toolbar">
        <button v-if="alarm.status === 'RAISED'" type="button" class="btn btn-small btn-primary alarm-ack" :disabled="busy" @click="act('acknowledge')">{{ $t('签收', 'Acknowledge') }}</button>
        <button v-if="!compact && alarm.status !== 'CLOSED'" type="button" class="btn btn-small alarm-comment" :disabled="busy" @click="open('comment')">{{ $t('批注', 'Comment') }}</button>
        <button v-if="alarm.status !== 'CLOSED'" type="button" class="btn btn-small btn-danger alarm-close" :disabled="busy" @click="open('close')">{{ $t('关闭', 'Close') }}</button>
      </span>
      <div v-if="mode" class="alarm-note">
        <textarea class="alarm-text" v-model="text" maxlength="1000" rows="2"
          :placeholder="mode === 'close' ? (active ? $t('关闭原因（必填，如误报、设备故障）', 'Reason (required, e.g. false alarm, broken gauge)') : $t('说明（可选）', 'Note (optional)')) : $t('批注内容', 'Comment')"></textarea>
        <span class="toolbar">
          <button type="button" class="btn btn-small btn-primary alarm-submit" :disabled="busy || (needsText && !text.trim())" @click="act(mode)">{{ mode === 'close' ? $t('确认关闭', 'Close alarm') : $t('提交批注', 'Add comment') }}</button>
          <button type="button" class="btn btn-small" @click="mode = null">{{ $t('取消', 'Cancel') }}</button>
        </span>
      </div>
      <problem-box :problem="formProblem"></problem-box>
    </div>`,
    methods: {
      open(mode) { this.mode = this.mode === mode ? null : mode; this.text = ''; },
      async act(action) {
        const body = action === 'acknowledge' ? {} : { text: this.text.trim() || null };
        const after = await this.run(() => A.api.post('/api/v1/alarms/' + this.alarm.id + '/' + action, body));
        if (after) {
          this.mode = null;
          this.text = '';
          this.$emit('changed', after);
        }
      },
    },
  };

  const AlarmList = {
    props: ['params', 'query'],
    components: { AlarmActions },
    data() {
      return { status: (this.query && this.query.status) || 'open', area: (this.query && this.query.area) || '', rows: [], problem: null,
        loading: false, fresh: {}, open: false };
    },
    computed: {
      muted() { return M.muted.value; },
    },
    template: `<div class="alarm-page">
      <h1>{{ $t('告警', 'Alarms') }}
        <span class="live-dot" :class="{on: open}" id="alarm-live" :data-open="open" :title="open ? $t('实时推送已连接', 'Live updates on') : $t('实时推送未连接', 'Live updates off')"></span></h1>
      <div class="toolbar">
        <select id="alarm-status" v-model="status" @change="load">
          <option value="open">{{ $t('未关闭', 'Open') }}</option>
          <option value="active">{{ $t('持续中', 'Active') }}</option>
          <option value="all">{{ $t('全部', 'All') }}</option>
        </select>
        <area-select id="alarm-area" level="DISTRICT|TOWN" v-model="area"></area-select>
        <span class="spacer"></span>
        <storm-replay></storm-replay>
        <button type="button" id="alarm-mute" class="btn btn-small" :aria-pressed="muted" @click="toggleMute">
          {{ muted ? $t('🔇 提示音已关闭', '🔇 Sound off') : $t('🔔 橙/红告警提示音', '🔔 Sound for orange/red') }}</button>
        <a class="btn btn-small" href="#/map">{{ $t('在地图上查看', 'Show on the map') }}</a>
      </div>
      <problem-box :problem="problem"></problem-box>
      <p v-if="!loading && !rows.length" class="muted" id="alarm-empty">{{ $t('没有符合条件的告警。', 'No alarms match.') }}</p>
      <div class="table-wrap" v-if="rows.length"><table class="table" id="alarm-table">
        <thead><tr><th>{{ $t('等级', 'Level') }}</th><th>{{ $t('监测站', 'Station') }}</th><th class="hide-phone">{{ $t('传感器', 'Sensor') }}</th>
          <th class="hide-phone">{{ $t('规则', 'Rule') }}</th><th>{{ $t('状态', 'Status') }}</th><th>{{ $t('发生时间', 'Raised') }}</th>
          <th class="hide-phone">{{ $t('最新值', 'Last value') }}</th><th></th></tr></thead>
        <tbody><tr v-for="a in rows" :key="a.id" class="alarm-row" :class="{'alarm-fresh': fresh[a.id], 'alarm-closed': a.status === 'CLOSED'}"
            :data-id="a.id" :data-station="a.stationCode" :data-level="a.level" :data-status="a.status">
          <td><level-badge :level="a.level"></level-badge></td>
          <td><a :href="'#/monitoring/stations/' + encodeURIComponent(a.stationCode)">{{ a.stationName || a.stationCode }}</a>
            <div class="phone-only muted small">{{ a.ruleName }} · {{ M.num(a.lastValue) }}</div></td>
          <td class="hide-phone">{{ M.sensorKindName(a.sensorKind) }} <span class="muted">{{ a.sensorCode }}</span></td>
          <td class="hide-phone">{{ a.ruleName }}</td>
          <td class="alarm-status">{{ M.alarmStatusName(a.status) }}</td>
          <td class="nowrap">{{ A.formatTime(a.raisedAt) }}</td>
          <td class="hide-phone">{{ M.num(a.lastValue) }} <span class="muted small">{{ A.formatTime(a.lastTime) }}</span></td>
          <td><a class="btn btn-small alarm-open" :href="'#/monitoring/alarms/' + a.id">{{ $t('详情', 'Details') }}</a>
            <alarm-actions :alarm="a" compact @changed="replace"></alarm-actions></td>
        </tr></tbody>
      </table></div>
    </div>`,
    created() {
      this.M = M;
      this.A = A;
      this.load();
      this.stop = M.onAlarm((alarm) => this.arrived(alarm), { onOpen: () => { this.open = true; this.load(); } });
      this.timer = setInterval(() => { this.open = window.__anlanAlarmStream.open; }, 2000);
    },
    beforeUnmount() {
      if (this.stop) this.stop();
      clearInterval(this.timer);
    },
    watch: { area() { this.load(); } },
    methods: {
      async load() {
        this.loading = true;
        try {
          this.rows = await A.api.get('/api/v1/alarms', { status: this.status, area: this.area || undefined, limit: 500 });
          this.problem = null;
        } catch (e) {
          this.problem = M.problemOf(e);
        }
        this.loading = false;
      },
      matches(a) {
        const statuses = STATUS_FILTER[this.status];
        return (!statuses || statuses.includes(a.status)) && M.within(a.areaCode, this.area || null);
      },
      arrived(alarm) {
        const i = this.rows.findIndex((r) => r.id === alarm.id);
        const before = i >= 0 ? this.rows[i] : null;
        if (before) {
          if (alarm.version < before.version) return;
          this.rows.splice(i, 1, alarm);
        } else if (this.matches(alarm)) {
          this.rows.unshift(alarm);
        } else {
          return;
        }
        const risen = !before || (RANK[alarm.level] || 0) > (RANK[before.level] || 0);
        if (risen && (alarm.status === 'RAISED' || alarm.status === 'ACKNOWLEDGED')) {
          M.beep(alarm.level);
          this.fresh = Object.assign({}, this.fresh, { [alarm.id]: true });
          setTimeout(() => { const f = Object.assign({}, this.fresh); delete f[alarm.id]; this.fresh = f; }, 8000);
        }
      },
      replace(alarm) {
        const i = this.rows.findIndex((r) => r.id === alarm.id);
        if (i >= 0 && alarm.version >= this.rows[i].version) this.rows.splice(i, 1, alarm);
      },
      toggleMute() { M.setMuted(!M.muted.value); },
    },
  };

  const HISTORY = {
    RAISED: ['告警产生', 'Raised'], LEVEL: ['等级变化', 'Level changed'], ACKNOWLEDGED: ['签收', 'Acknowledged'], COMMENT: ['批注', 'Comment'],
    ASSIGNED: ['指派', 'Assigned'], CLEARED: ['解除', 'Cleared'], CLOSED: ['关闭', 'Closed'],
  };

  const AlarmDetail = {
    props: ['params', 'query'],
    components: { AlarmActions },
    data: () => ({ alarm: null, history: [], points: [], problem: null }),
    computed: {
      series() {
        if (!this.alarm) return [];
        const rain = this.alarm.sensorKind === 'rain';
        return [{ id: 'value', name: M.sensorKindName(this.alarm.sensorKind), type: rain ? 'bar' : 'line', points: this.points }];
      },
      marks() {
        const a = this.alarm;
        if (!a) return [];
        return [{ time: a.triggerTime, label: A.t('触发', 'Trigger') }].concat(a.clearedAt ? [{ time: a.clearedAt, label: A.t('解除', 'Cleared') }] : []);
      },
    },
    template: `<div>
      <div class="breadcrumb"><a href="#/monitoring/alarms">{{ $t('告警', 'Alarms') }}</a><span>#{{ params.id }}</span></div>
      <problem-box :problem="problem"></problem-box>
      <template v-if="alarm">
        <div class="card" id="alarm-detail" :data-status="alarm.status" :data-level="alarm.level">
          <h1><level-badge :level="alarm.level"></level-badge> {{ alarm.stationName || alarm.stationCode }} · {{ alarm.ruleName }}</h1>
          <div class="form-grid">
            <label>{{ $t('状态', 'Status') }}</label><span class="alarm-status">{{ M.alarmStatusName(alarm.status) }}</span>
            <label>{{ $t('最高等级', 'Peak level') }}</label><span><level-badge :level="alarm.peakLevel"></level-badge></span>
            <label>{{ $t('监测站', 'Station') }}</label><span><a :href="'#/monitoring/stations/' + encodeURIComponent(alarm.stationCode)">{{ alarm.stationCode }}</a></span>
            <label>{{ $t('传感器', 'Sensor') }}</label><span>{{ M.sensorKindName(alarm.sensorKind) }} <span class="muted">{{ alarm.sensorCode }}</span></span>
            <label>{{ $t('规则', 'Rule') }}</label><span><a :href="'#/monitoring/rules/' + alarm.ruleId">{{ alarm.ruleName }}</a></span>
            <label>{{ $t('触发', 'Triggered by') }}</label><span>{{ M.num(alarm.triggerValue) }} @ {{ A.formatTime(alarm.triggerTime) }}</span>
            <label>{{ $t('最新', 'Latest') }}</label><span>{{ M.num(alarm.lastValue) }} @ {{ A.formatTime(alarm.lastTime) }}</span>
            <label>{{ $t('发生时间', 'Raised at') }}</label><span>{{ A.formatTime(alarm.raisedAt) }}</span>
            <template v-if="alarm.acknowledgedAt"><label>{{ $t('签收', 'Acknowledged') }}</label><span>{{ alarm.acknowledgedBy }} · {{ A.formatTime(alarm.acknowledgedAt) }}</span></template>
            <template v-if="alarm.closedAt"><label>{{ $t('关闭', 'Closed') }}</label><span>{{ alarm.closedBy }} · {{ A.formatTime(alarm.closedAt) }}</span></template>
          </div>
          <alarm-actions :alarm="alarm" @changed="load"></alarm-actions>
        </div>
        <div class="card">
          <h3>{{ $t('告警依据：触发前一天至今的读数', 'Evidence: readings from a day before the trigger') }}</h3>
          <series-chart id="alarm-chart" :series="series" :marks="marks"></series-chart>
          <p class="muted small">{{ $t('窗口累计与阈值线见', 'Rolling sums and threshold lines: see the') }}
            <a :href="'#/monitoring/stations/' + encodeURIComponent(alarm.stationCode) + '?sensor=' + encodeURIComponent(alarm.sensorCode)">{{ $t('监测站页面', 'station page') }}</a></p>
        </div>
        <div class="card"><h3>{{ $t('处理记录', 'History') }}</h3>
          <div class="table-wrap"><table class="table" id="alarm-history">
            <thead><tr><th>{{ $t('时间', 'Time') }}</th><th>{{ $t('事项', 'What') }}</th><th>{{ $t('等级', 'Level') }}</th>
              <th class="hide-phone">{{ $t('读数', 'Reading') }}</th><th>{{ $t('人员', 'By') }}</th><th>{{ $t('说明', 'Note') }}</th></tr></thead>
            <tbody><tr v-for="(h, i) in history" :key="i" :data-kind="h.kind">
              <td class="nowrap">{{ A.formatTime(h.at) }}</td><td>{{ kind(h.kind) }}</td>
              <td><level-badge v-if="h.level" :level="h.level"></level-badge></td>
              <td class="hide-phone">{{ h.readingValue == null ? '' : M.num(h.readingValue) + ' @ ' + A.formatTime(h.readingTime) }}</td>
              <td>{{ h.actor === 'system' ? $t('系统', 'system') : h.actor }}</td><td>{{ h.text }}</td></tr></tbody>
          </table></div>
        </div>
      </template>
    </div>`,
    created() {
      this.M = M;
      this.A = A;
      this.load();
      this.stop = M.onAlarm((a) => { if (String(a.id) === String(this.params.id)) this.load(); });
    },
    beforeUnmount() { if (this.stop) this.stop(); },
    methods: {
      kind(k) { return HISTORY[k] ? A.t(HISTORY[k][0], HISTORY[k][1]) : k; },
      async load() {
        try {
          const detail = await A.api.get('/api/v1/alarms/' + encodeURIComponent(this.params.id));
          this.alarm = detail.alarm;
          this.history = detail.history;
          this.points = await A.api.get('/api/v1/alarms/' + encodeURIComponent(this.params.id) + '/readings');
          this.problem = null;
        } catch (e) {
          this.problem = M.problemOf(e);
        }
      },
    },
  };

  A.register({ path: '/monitoring/alarms', group: 'monitoring', title: ['告警', 'Alarms'], order: 10, component: AlarmList });
  A.register({ path: '/monitoring/alarms/:id', group: 'monitoring', title: ['告警详情', 'Alarm'], hidden: true, component: AlarmDetail });
})();
