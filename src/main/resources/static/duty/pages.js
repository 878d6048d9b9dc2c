/*
 * 值班 (duty): the roster of a week (#/duty/roster): the district's or a town's shifts by day and post, who is on
 * duty now highlighted, add/edit/delete for users who may keep the roster, and the Excel template, export and
 * all-or-nothing import of one month of it.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A) return;

  const POSTS = {
    OFFICER: ['值班员', 'Duty officer'], LEADER: ['带班领导', 'Leader on duty'], ASSISTANT: ['副班', 'Assistant officer'],
    TECHNICIAN: ['技术保障', 'Technical support'], DRIVER: ['驾驶员', 'Standby driver'],
  };
  const COLUMNS = [['OFFICER'], ['LEADER'], ['ASSISTANT', 'TECHNICIAN', 'DRIVER']];
  const DAY = 24 * 3600 * 1000;
  const WEEKDAYS = [['周一', 'Mon'], ['周二', 'Tue'], ['周三', 'Wed'], ['周四', 'Thu'], ['周五', 'Fri'], ['周六', 'Sat'], ['周日', 'Sun']];
  const KEEPERS = ['DISTRICT_ADMIN', 'DUTY_OFFICER', 'TOWN_OFFICER'];
  const p2 = (n) => String(n).padStart(2, '0');

  function monday(d) {
    const m = new Date(d);
    m.setHours(0, 0, 0, 0);
    m.setDate(m.getDate() - ((m.getDay() + 6) % 7));
    return m;
  }
  const hm = (iso) => { const d = new Date(iso); return p2(d.getHours()) + ':' + p2(d.getMinutes()); };
  const ymd = (d) => `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
  function toLocal(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return `${ymd(d)}T${hm(iso)}`;
  }
  const fromLocal = (v) => (v ? new Date(v).toISOString() : null);

  const Roster = {
    mixins: [A.formMixin],
    props: ['params', 'query'],
    data: () => ({
      area: '', start: monday(new Date()), shifts: [], now: [], editing: null, label: '',
      month: '', file: null, result: null, excelProblem: null, progress: null, POSTS, COLUMNS,
    }),
    computed: {
      keeper() { return this.mayChange && KEEPERS.some((r) => A.hasRole(r)); },
      days() {
        return WEEKDAYS.map((w, i) => {
          const from = new Date(this.start.getTime() + i * DAY);
          const to = new Date(from.getTime() + DAY);
          return { name: w, date: ymd(from), shifts: this.shifts.filter((s) => new Date(s.startsAt) >= from && new Date(s.startsAt) < to) };
        });
      },
      nowIds() { return this.now.map((s) => s.id); },
      week() { return ymd(this.start) + ' — ' + ymd(new Date(this.start.getTime() + 6 * DAY)); },
    },
    template: `<div>
      <h1>{{ $t('值班表', 'Duty roster') }}</h1>
      <div class="toolbar">
        <area-select id="duty-area" v-model="area" level="DISTRICT|TOWN" @update:modelValue="load"></area-select>
        <button class="btn btn-small" id="duty-prev" @click="move(-7)">← {{ $t('上一周', 'Previous week') }}</button>
        <button class="btn btn-small" id="duty-this" @click="thisWeek">{{ $t('本周', 'This week') }}</button>
        <button class="btn btn-small" id="duty-next" @click="move(7)">{{ $t('下一周', 'Next week') }} →</button>
        <strong id="duty-week">{{ week }}</strong>
        <span class="spacer"></span>
        <button v-if="keeper" class="btn btn-primary" id="duty-add" @click="add()">{{ $t('新增班次', 'Add shift') }}</button>
      </div>
      <div class="card" id="duty-now">
        <strong>{{ $t('当前值班', 'On duty now') }}：</strong>
        <span v-for="s in now" :key="s.id" class="badge" style="background:#fff4d6;margin-right:6px" :data-shift="s.id">
          {{ $t(POSTS[s.post][0], POSTS[s.post][1]) }} {{ s.personName }} <a v-if="s.mobile" :href="'tel:' + s.mobile">{{ s.mobile }}</a></span>
        <span v-if="!now.length" class="muted">{{ $t('当前无人值班。', 'Nobody is on duty now.') }}</span>
      </div>
      <problem-box :problem="formProblem"></problem-box>
      <div v-if="editing" class="card" id="duty-form">
        <h3>{{ editing.id ? $t('修改班次', 'Edit shift') : $t('新增班次', 'Add shift') }}</h3>
        <div class="form-grid">
          <label>{{ $t('岗位', 'Post') }}</label>
          <select id="duty-post" v-model="editing.post"><option v-for="(l, code) in POSTS" :key="code" :value="code">{{ $t(l[0], l[1]) }}</option></select>
          <label>{{ $t('人员', 'Person') }}</label>
          <person-picker id="duty-person" v-model="editing.personId" :label="label"></person-picker>
          <label>{{ $t('开始', 'Starts') }}</label><input id="duty-starts" type="datetime-local" v-model="editing.startsAt">
          <label>{{ $t('结束', 'Ends') }}</label><input id="duty-ends" type="datetime-local" v-model="editing.endsAt">
          <label>{{ $t('备注', 'Note') }}</label><input id="duty-note" v-model="editing.note" maxlength="500">
        </div>
        <div class="toolbar">
          <button class="btn btn-primary" id="duty-save" :disabled="busy" @click="save">{{ $t('保存', 'Save') }}</button>
          <button class="btn" @click="editing = null">{{ $t('取消', 'Cancel') }}</button>
        </div>
      </div>
      <div class="table-wrap"><table class="table" id="duty-table">
        <thead><tr><th>{{ $t('日期', 'Date') }}</th>
          <th>{{ $t('值班员', 'Duty officers') }}</th><th>{{ $t('带班领导', 'Leader on duty') }}</th><th>{{ $t('其他岗位', 'Other posts') }}</th></tr></thead>
        <tbody><tr v-for="d in days" :key="d.date" :data-date="d.date">
          <td class="nowrap">{{ $t(d.name[0], d.name[1]) }} {{ d.date }}</td>
          <td v-for="(posts, i) in COLUMNS" :key="i">
            <div v-for="s in d.shifts.filter((x) => posts.includes(x.post))" :key="s.id" class="duty-shift" :data-shift="s.id"
                 :class="{ 'duty-now': nowIds.includes(s.id) }"
                 :style="nowIds.includes(s.id) ? 'background:#fff4d6;border-left:4px solid #f0a000;padding-left:4px' : 'padding-left:8px'">
              <span class="small">{{ hm(s.startsAt) }}–{{ hm(s.endsAt) }}</span>
              <template v-if="i === 2"> {{ $t(POSTS[s.post][0], POSTS[s.post][1]) }}</template>
              <strong> {{ s.personName || ('#' + s.personId) }}</strong> <span class="muted small">{{ s.mobile }}</span>
              <template v-if="keeper">
                <a href="#" class="small duty-edit" @click.prevent="edit(s)">{{ $t('改', 'edit') }}</a>
                <a href="#" class="small duty-delete" @click.prevent="remove(s)">{{ $t('删', 'delete') }}</a></template>
            </div>
          </td></tr></tbody>
      </table></div>
      <div class="card" id="duty-excel">
        <strong>Excel</strong>
        <label>{{ $t('月份', 'Month') }} <input id="duty-month" type="month" v-model="month"></label>
        <a class="btn btn-small" id="duty-export" :href="A.api.href('/api/v1/duty/shifts/export.xlsx', { area, month })">{{ $t('导出', 'Export') }}</a>
        <a class="btn btn-small" id="duty-template" href="/api/v1/duty/shifts/template.xlsx">{{ $t('模板', 'Template') }}</a>
        <template v-if="keeper"><input type="file" id="duty-import-file" accept=".xlsx" @change="file = $event.target.files[0]">
          <button class="btn btn-small" id="duty-import" :disabled="!file || busy" @click="upload">{{ $t('导入（替换该月）', 'Import (replaces the month)') }}</button></template>
        <import-progress :progress="progress"></import-progress>
        <span v-if="result" class="muted" id="duty-import-result">{{ $t('删除', 'removed') }} {{ result.removed }} · {{ $t('新增', 'created') }} {{ result.created }}</span>
        <problem-box :problem="excelProblem"></problem-box>
      </div>
    </div>`,
    async created() {
      this.A = A;
      this.area = A.me.scope || '';
      this.month = ymd(this.start).substring(0, 7);
      await this.load();
    },
    methods: {
      hm,
      move(days) { this.start = new Date(this.start.getTime() + days * DAY); this.month = ymd(this.start).substring(0, 7); this.load(); },
      thisWeek() { this.start = monday(new Date()); this.month = ymd(this.start).substring(0, 7); this.load(); },
      async load() {
        this.problem = null;
        const from = this.start.toISOString();
        const to = new Date(this.start.getTime() + 7 * DAY).toISOString();
        try {
          [this.shifts, this.now] = await Promise.all([A.api.get('/api/v1/duty/shifts', { area: this.area, from, to }),
            A.api.get('/api/v1/duty/now', { area: this.area })]);
        } catch (e) { this.problem = e.problem || { detail: e.message }; }
      },
      add() {
        const s = new Date(this.start.getTime() + 8 * 3600 * 1000);
        this.label = '';
        this.editing = { id: null, post: 'OFFICER', personId: null, startsAt: toLocal(s), endsAt: toLocal(new Date(s.getTime() + 8 * 3600 * 1000)), note: '', version: null };
      },
      edit(s) {
        this.label = (s.personName || '') + ' ' + (s.mobile || '');
        this.editing = { id: s.id, post: s.post, personId: s.personId, startsAt: toLocal(s.startsAt), endsAt: toLocal(s.endsAt), note: s.note || '', version: s.version };
      },
      async save() {
        const e = this.editing;
        const body = { areaCode: this.area || A.me.scope, post: e.post, personId: e.personId, startsAt: fromLocal(e.startsAt), endsAt: fromLocal(e.endsAt),
          note: A.blankToNull(e.note.trim()), version: e.version };
        const saved = await this.run(() => (e.id ? A.api.put('/api/v1/duty/shifts/' + e.id, body) : A.api.post('/api/v1/duty/shifts', body)));
        if (saved) { this.editing = null; await this.load(); }
      },
      async remove(s) {
        if (!window.confirm(A.t('删除该班次？', 'Delete this shift?'))) return;
        const done = await this.run(async () => { await A.api.del('/api/v1/duty/shifts/' + s.id); return true; });
        if (done) await this.load();
      },
      async upload() {
        this.busy = true; this.excelProblem = null; this.result = null;
        const form = new FormData();
        form.append('file', this.file);
        try {
          this.result = await A.api.upload(A.api.href('/api/v1/duty/shifts/import', { area: this.area, month: this.month }), form,
            (p) => { this.progress = p; });
          await this.load();
        } catch (e) { this.excelProblem = e.problem || { detail: e.message }; }
        this.busy = false;
      },
    },
  };

  A.register({ path: '/duty/roster', group: 'duty', title: ['值班表', 'Duty roster'], order: 10, component: Roster });
})();
