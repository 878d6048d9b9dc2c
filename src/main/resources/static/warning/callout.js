/*
 * 叫应 pages: the live board of a warning (who has and has not answered, per town and place, with
 * countdowns), my open calls (answer with feedback), and the 叫应效能分析 with charts and Excel export.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A) return;

  const STATUS = {
    WAITING: ['待确认', 'Waiting'], ANSWERED: ['已确认', 'Answered'], UNANSWERED: ['未叫应', 'Unanswered'], CLOSED: ['已结束', 'Closed'],
  };
  const STEPS = {
    NOTICE: ['通知', 'Notice'], RESEND: ['换渠道重发', 'Resent'], DEPUTY: ['已通知AB岗', 'Deputy told'], SUPERIOR: ['已报上级和值班员', 'Superior told'],
  };
  const CHANNELS = { LINK: ['链接', 'Link'], WEB: ['平台', 'Web'], SMS: ['短信回复', 'SMS reply'], PHONE: ['电话（代确认）', 'Phone'],
    IN_APP: ['站内', 'In-app'], EMAIL: ['邮件', 'E-mail'], VOICE: ['语音', 'Voice'] };
  const pair = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code || '');

  function countdown(due, now) {
    const s = Math.round((new Date(due) - now) / 1000);
    const sign = s < 0 ? '-' : '';
    const a = Math.abs(s);
    return sign + Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0');
  }

  /**
   * 叫应看板: reads itself again when the board stream says the warning's calls changed (at most once a second), and
   * every 30 s in any case (every 3 s while the stream is down); countdowns tick every second on the client, offset
   * by the server's clock. window.__anlanBoardStream counts the stream's events for the browser tests.
   */
  const Board = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    data: () => ({ board: null, now: Date.now(), skew: 0, open: {}, only: 'all', timer: null, tick: null, source: null, live: false }),
    computed: {
      towns() {
        if (!this.board) return [];
        return this.board.towns.map((t) => ({ ...t, places: t.places.map((p) => ({ ...p,
          calls: p.calls.filter((c) => this.only === 'all' || (this.only === 'open' ? c.status !== 'ANSWERED' : c.status === this.only)) }))
          .filter((p) => p.calls.length) })).filter((t) => t.places.length);
      },
      rate() {
        const c = this.board && this.board.counts;
        return c && c.total ? Math.round(1000 * c.answered / c.total) / 10 : 0;
      },
    },
    template: `<div id="callout-board" :data-answered="board ? board.counts.answered : ''" :data-total="board ? board.counts.total : ''">
      <p><a :href="'#/warning/warnings/' + params.id">← {{ $t('返回预警', 'Back to the warning') }}</a>
        · <a :href="'#/warning/callouts/analysis?warning=' + params.id">{{ $t('叫应效能分析', 'Analysis') }}</a></p>
      <problem-box :problem="formProblem" @reload="load"></problem-box>
      <div v-if="board" class="card">
        <h1>{{ $t('叫应看板', '叫应 board') }} · {{ board.title }} <warning-level :level="board.level"></warning-level></h1>
        <p class="muted">{{ $t('第', 'Round ') }}{{ board.round }}{{ $t('轮', '') }} ·
          <span id="callout-live">{{ live ? $t('实时更新', 'live') : $t('每 3 秒刷新', 'refreshes every 3 s') }}</span></p>
        <div class="toolbar" id="callout-counts">
          <span class="badge">{{ $t('应答', 'Recipients') }} {{ board.counts.total }}</span>
          <span class="badge ok" id="callout-answered">{{ $t('已确认', 'Answered') }} {{ board.counts.answered }} ({{ rate }}%)</span>
          <span class="badge warn" id="callout-waiting">{{ $t('待确认', 'Waiting') }} {{ board.counts.waiting }}</span>
          <span class="badge danger" id="callout-unanswered">{{ $t('未叫应', 'Unanswered') }} {{ board.counts.unanswered }}</span>
          <span class="badge">{{ $t('已升级', 'Escalated') }} {{ board.counts.escalated }}</span>
          <select v-model="only" id="callout-filter">
            <option value="all">{{ $t('全部', 'All') }}</option>
            <option value="open">{{ $t('未确认', 'Not answered') }}</option>
            <option value="UNANSWERED">{{ $t('未叫应', 'Unanswered') }}</option>
            <option value="ANSWERED">{{ $t('已确认', 'Answered') }}</option>
          </select>
        </div>
        <div v-for="t in towns" :key="t.code" class="card callout-town" :data-code="t.code">
          <h2 @click="open[t.code] = !isOpen(t)" style="cursor:pointer">{{ isOpen(t) ? '▾' : '▸' }} {{ t.name }}
            <span class="small muted">{{ t.counts.answered }}/{{ t.counts.total }} {{ $t('已确认', 'answered') }}
              <span v-if="t.counts.unanswered" class="danger">· {{ t.counts.unanswered }} {{ $t('未叫应', 'unanswered') }}</span></span></h2>
          <table v-if="isOpen(t)" class="table"><tbody>
            <template v-for="p in t.places" :key="p.code">
              <tr><th colspan="6">{{ p.name || $t('区级', 'District') }} <span class="small muted">{{ p.counts.answered }}/{{ p.counts.total }}</span></th></tr>
              <tr v-for="c in p.calls" :key="c.callId" class="callout-row" :data-status="c.status" :data-call="c.callId">
                <td>{{ c.name }}</td>
                <td class="small">{{ c.role }}</td>
                <td><span :class="['badge', c.status === 'ANSWERED' ? 'ok' : c.status === 'UNANSWERED' ? 'danger' : 'warn']">{{ label(STATUS, c.status) }}</span>
                  <span v-if="c.step > 0 && c.status !== 'ANSWERED'" class="small"> {{ label(STEPS, c.stepKind) }}</span></td>
                <td class="nowrap">
                  <span v-if="c.status === 'WAITING'" class="countdown" :class="{ danger: new Date(c.dueAt) < now + skew }">{{ countdown(c.dueAt, now + skew) }}</span>
                  <span v-else-if="c.answeredAt">{{ A.formatTime(c.answeredAt) }} · {{ label(CHANNELS, c.answerChannel) }}
                    <span v-if="c.answeredBy && c.answeredBy !== c.name" class="small">（{{ c.answeredBy }}）</span></span></td>
                <td class="small">{{ c.feedback }}</td>
                <td><button v-if="mayChange && (c.status === 'WAITING' || c.status === 'UNANSWERED')" class="btn btn-small on-behalf"
                  :disabled="busy" @click="onBehalf(c)">{{ $t('代为确认', 'Answered by phone') }}</button></td>
              </tr>
            </template>
          </tbody></table>
        </div>
        <p v-if="!towns.length" class="muted">{{ $t('没有叫应记录。', 'No calls.') }}</p>
      </div>
    </div>`,
    created() {
      this.A = A; this.STATUS = STATUS; this.STEPS = STEPS; this.CHANNELS = CHANNELS;
      this.load();
      this.poll(3000);
      this.tick = setInterval(() => { this.now = Date.now(); }, 1000);
      const hook = window.__anlanBoardStream = window.__anlanBoardStream || { hellos: 0, events: 0 };
      this.source = new EventSource('/api/v1/warnings/' + this.params.id + '/board/stream', { withCredentials: true });
      this.source.addEventListener('hello', () => { hook.hellos++; this.live = true; this.poll(30000); });
      this.source.addEventListener('board', () => { hook.events++; this.load(true); });
      // EventSource retries by itself; meanwhile the board polls as it did before
      this.source.onerror = () => { if (this.live) { this.live = false; this.poll(3000); } };
    },
    beforeUnmount() { clearInterval(this.timer); clearInterval(this.tick); if (this.source) this.source.close(); },
    methods: {
      label: pair,
      countdown,
      poll(ms) {
        clearInterval(this.timer);
        this.timer = setInterval(() => this.load(true), ms);
      },
      isOpen(t) { return this.open[t.code] !== undefined ? this.open[t.code] : (this.towns.length <= 3 || t.counts.unanswered + t.counts.waiting > 0); },
      async load(quiet) {
        try {
          const b = await A.api.get('/api/v1/warnings/' + this.params.id + '/board');
          this.skew = new Date(b.now) - Date.now();
          this.board = b;
          this.problem = null;
        } catch (e) {
          if (!quiet) this.problem = e.problem || { detail: String(e) };
        }
      },
      async onBehalf(c) {
        const feedback = window.prompt(this.$t('对方电话答复的情况（可空）', 'What they said on the phone (optional)'), '');
        if (feedback === null) return;
        const r = await this.run(() => A.api.post('/api/v1/warnings/' + this.params.id + '/calls/' + c.callId + '/answer', { feedback }));
        if (r) this.load();
      },
    },
  };

  /** 我的叫应: the open calls that reached me, answer each warning with optional feedback. */
  const Mine = {
    mixins: [A.formMixin],
    data: () => ({ calls: null, feedback: {} }),
    template: `<div id="callout-mine">
      <h1>{{ $t('我的叫应', 'My calls') }}</h1>
      <problem-box :problem="formProblem" @reload="load"></problem-box>
      <p v-if="calls && !calls.length" class="muted">{{ $t('没有等待您确认的预警。', 'Nothing waits for your answer.') }}</p>
      <div v-for="c in calls" :key="c.id" class="card my-call" :data-warning="c.warningId">
        <h2><warning-level :level="c.level"></warning-level> <a :href="'#/warning/warnings/' + c.warningId">#{{ c.warningId }}</a>
          {{ c.name }} · <span class="small">{{ c.role }}</span></h2>
        <p>{{ $t('请于', 'Answer by ') }}{{ A.formatTime(c.dueAt) }}{{ $t(' 前确认', '') }}</p>
        <textarea v-model="feedback[c.warningId]" :placeholder="$t('情况反馈（可选），如：已组织转移 35 人', 'Report (optional)')"></textarea>
        <button class="btn btn-primary answer-mine" :disabled="busy" @click="answer(c)">{{ $t('收到，确认', 'Received — confirm') }}</button>
      </div>
    </div>`,
    created() { this.A = A; this.load(); },
    methods: {
      async load() {
        const list = await this.run(() => A.api.get('/api/v1/callouts/mine'));
        if (list) this.calls = list;
      },
      async answer(c) {
        const r = await this.run(() => A.api.post('/api/v1/warnings/' + c.warningId + '/answer', { feedback: this.feedback[c.warningId] || null }));
        if (r) this.load();
      },
    },
  };

  /** 叫应效能分析: one warning or a period; tables by level, town and role, charts, Excel. */
  const Analysis = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    data: () => ({ report: null, warning: '', from: '', to: '', charts: [] }),
    computed: {
      params2() {
        return this.warning ? { warning: this.warning }
          : { from: this.from ? new Date(this.from).toISOString() : null, to: this.to ? new Date(this.to).toISOString() : null };
      },
      excel() {
        const q = new URLSearchParams(Object.entries(this.params2).filter(([, v]) => v)).toString();
        return '/api/v1/callouts/analysis.xlsx' + (q ? '?' + q : '');
      },
    },
    template: `<div id="callout-analysis">
      <h1>{{ $t('叫应效能分析', '叫应 analysis') }}</h1>
      <div class="toolbar">
        <label>{{ $t('预警编号', 'Warning #') }} <input id="analysis-warning" v-model="warning" size="6"></label>
        <label>{{ $t('或时段 从', 'or from') }} <input type="datetime-local" v-model="from"></label>
        <label>{{ $t('到', 'to') }} <input type="datetime-local" v-model="to"></label>
        <button class="btn btn-primary" :disabled="busy" @click="load">{{ $t('分析', 'Analyse') }}</button>
        <a class="btn" id="analysis-excel" :href="excel">{{ $t('导出 Excel', 'Export Excel') }}</a>
      </div>
      <problem-box :problem="formProblem" @reload="load"></problem-box>
      <div v-if="report">
        <p id="analysis-overall">{{ $t('预警', 'Warnings') }} {{ report.warnings }} · {{ $t('叫应', 'Calls') }} {{ report.overall.calls }} ·
          {{ $t('确认率', 'Answer rate') }} <strong>{{ report.overall.answerRate }}%</strong> ·
          {{ $t('用时中位数', 'Median') }} {{ secs(report.overall.medianSeconds) }} · P90 {{ secs(report.overall.p90Seconds) }} ·
          {{ $t('首轮时限内', 'In the first step') }} {{ report.overall.answeredInFirstStep }} · {{ $t('未叫应', 'Unanswered') }} {{ report.unanswered }}</p>
        <div class="grid-2">
          <div ref="byTown" style="height: 320px"></div>
          <div ref="channels" style="height: 320px"></div>
        </div>
        <table v-for="dim in dims" :key="dim.key" class="table">
          <thead><tr><th>{{ dim.title }}</th><th>{{ $t('叫应', 'Calls') }}</th><th>{{ $t('已确认', 'Answered') }}</th><th>{{ $t('确认率', 'Rate') }}</th>
            <th>{{ $t('中位数', 'Median') }}</th><th>P90</th><th>{{ $t('升级', 'Escalated') }}</th></tr></thead>
          <tbody><tr v-for="g in report[dim.key]" :key="g.key"><td>{{ dim.key === 'byLevel' ? levelName(g.key) : g.key }}</td><td>{{ g.calls }}</td>
            <td>{{ g.answered }}</td><td>{{ g.answerRate }}%</td><td>{{ secs(g.medianSeconds) }}</td><td>{{ secs(g.p90Seconds) }}</td><td>{{ g.escalated }}</td></tr></tbody>
        </table>
        <p>{{ $t('升级', 'Escalations') }}: <span v-for="(n, k) in report.escalations" :key="k">{{ label(STEPS, k) }} {{ n }}　</span>
          · {{ $t('确认方式', 'Answered by') }}: <span v-for="(n, k) in report.answerChannels" :key="k">{{ label(CHANNELS, k) }} {{ n }}　</span></p>
      </div>
    </div>`,
    created() {
      this.STEPS = STEPS; this.CHANNELS = CHANNELS;
      this.dims = [{ key: 'byLevel', title: this.$t('级别', 'Level') }, { key: 'byTown', title: this.$t('镇街', 'Town') },
        { key: 'byRole', title: this.$t('角色', 'Role') }];
      if (this.query && this.query.warning) this.warning = this.query.warning;
      this.load();
    },
    beforeUnmount() { this.charts.forEach((c) => c.dispose()); },
    methods: {
      label: pair,
      levelName(l) { return { RED: this.$t('红色', 'Red'), ORANGE: this.$t('橙色', 'Orange'), YELLOW: this.$t('黄色', 'Yellow'), BLUE: this.$t('蓝色', 'Blue') }[l] || l; },
      secs(s) { return s == null ? '—' : s < 60 ? s + 's' : Math.floor(s / 60) + 'm' + String(s % 60).padStart(2, '0') + 's'; },
      async load() {
        const r = await this.run(() => A.api.get('/api/v1/callouts/analysis', this.params2));
        if (!r) return;
        this.report = r;
        this.$nextTick(() => this.draw());
      },
      draw() {
        if (!window.echarts || !this.$refs.byTown) return;
        this.charts.forEach((c) => c.dispose());
        const town = echarts.init(this.$refs.byTown);
        const towns = this.report.byTown.filter((g) => g.key);
        town.setOption({ title: { text: this.$t('各镇街确认率', 'Answer rate by town'), textStyle: { fontSize: 13 } }, tooltip: {},
          grid: { left: 90, right: 20 }, xAxis: { type: 'value', max: 100 }, yAxis: { type: 'category', data: towns.map((g) => g.key) },
          series: [{ type: 'bar', data: towns.map((g) => g.answerRate) }] });
        const ch = echarts.init(this.$refs.channels);
        const states = ['QUEUED', 'SENT', 'DELIVERED', 'FAILED'];
        const names = Object.keys(this.report.channels);
        ch.setOption({ title: { text: this.$t('各渠道消息状态', 'Messages by channel'), textStyle: { fontSize: 13 } }, tooltip: {},
          legend: { top: 20 }, xAxis: { type: 'category', data: names.map((n) => pair(CHANNELS, n)) }, yAxis: { type: 'value' },
          series: states.map((s) => ({ name: s, type: 'bar', stack: 'x', data: names.map((n) => this.report.channels[n][s] || 0) })) });
        this.charts = [town, ch];
      },
    },
  };

  A.register({ path: '/warning/warnings/:id/board', group: 'warning', title: ['叫应看板', '叫应 board'], hidden: true, component: Board });
  A.register({ path: '/warning/callouts/mine', group: 'warning', title: ['我的叫应', 'My calls'], order: 5, component: Mine });
  A.register({ path: '/warning/callouts/analysis', group: 'warning', title: ['叫应效能分析', '叫应 analysis'], order: 30, component: Analysis });
})();
