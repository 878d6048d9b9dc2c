/*
 * Resources pages, part 2 (应急资源): rescue teams with members and a status switch, warehouses with
 * stock, the ledger form and the below-minimum card, experts; map layers for teams and warehouses.
 * Create/edit forms come from forms.js (A.resourceForms); read-only users see no button that changes.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  const label = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code);
  const { TEAM_TYPES, TEAM_STATUS } = A.resourceLabels;
  const { teamForm, warehouseForm, expertForm } = A.resourceForms;
  const STATUS_COLOUR = { STANDBY: '#2e7d32', DEPLOYED: '#c62828', UNAVAILABLE: '#757575' };
  const LEDGER = { IN: ['入库', 'In'], OUT: ['出库', 'Out'], TRANSFER_OUT: ['调拨出库', 'Transfer out'], TRANSFER_IN: ['调拨入库', 'Transfer in'] };
  const esc = (v) => String(v == null ? '' : v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const popup = (title, lines) => `<strong>${esc(title)}</strong>` + lines.map(l => `<br>${esc(l)}`).join('');
  const failed = (vm, e) => { vm.problem = e.problem || { detail: e.message }; };

  const areaPicker = {
    data() { return { areas: [], area: '' }; },
    methods: {
      async loadAreas() {
        try { this.areas = await A.api.get('/api/v1/areas', { flat: true }); } catch (e) { failed(this, e); }
      },
      indent(a) { return ({ TOWN: '\u3000', VILLAGE: '\u3000\u3000' }[a.level] || '') + a.shortName; },
      areaName(code) { const a = this.areas.find(x => x.code === code); return a ? a.shortName : code; }
    }
  };
  const excelBar = A.excelBar;
  /** A list page with a create form: `editing` is {record, key} while the form is open. */
  const listEditing = {
    data() { return { editing: null, saved: null }; },
    computed: { mayChange() { return !!A.me.mayChange; } },
    methods: {
      open(record) { this.saved = null; this.editing = { record, key: record ? record.id : 'new-' + Date.now() }; },
      async done(record) { this.editing = null; this.saved = record.name; await this.load(); }
    }
  };
  const SAVED = `<p v-if="saved" class="card notice saved-notice">{{ $t('已保存：', 'Saved: ') }}{{ saved }}</p>`;
  const AREA_SELECT = `<select class="area-filter" v-model="area" @change="load">
      <option value="">{{ $t('全部（我的辖区）', 'All (my area)') }}</option>
      <option v-for="a in areas" :key="a.code" :value="a.code">{{ indent(a) }}</option></select>`;

  A.register({
    path: '/resources/teams', group: 'resources', title: ['救援队伍', 'Rescue teams'], order: 30,
    component: {
      mixins: [areaPicker, listEditing], props: ['params', 'query'], components: { excelBar, teamForm },
      data() { return { list: [], problem: null }; },
      template: `<div><div class="toolbar">${AREA_SELECT}
        <button v-if="mayChange" id="team-new" class="btn btn-primary" @click="open(null)">{{ $t('新建队伍', 'New team') }}</button>
        <excel-bar base="/api/v1/teams" :area="area" @imported="load"></excel-bar></div><problem-box :problem="problem"></problem-box>
        <team-form v-if="editing" :key="editing.key" :record="editing.record" @saved="done" @cancel="editing = null"></team-form>${SAVED}
        <div class="table-wrap"><table id="teams-table" class="table">
          <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('类型', 'Type') }}</th><th>{{ $t('状态', 'Status') }}</th>
            <th>{{ $t('人数', 'Members') }}</th><th class="hide-phone">{{ $t('区域', 'Area') }}</th></tr></thead>
          <tbody><tr v-for="t in list" :key="t.id"><td><a :href="'#/resources/teams/' + t.id">{{ t.name }}</a></td>
            <td>{{ type(t.type) }}</td><td :style="{color: colour(t.status)}">{{ status(t.status) }}</td>
            <td>{{ t.members.length }}</td><td class="hide-phone">{{ areaName(t.areaCode) }}</td></tr></tbody>
        </table></div></div>`,
      async created() { await this.loadAreas(); await this.load(); },
      methods: {
        async load() {
          this.problem = null;
          try { this.list = await A.api.get('/api/v1/teams', this.area ? { area: this.area } : {}); } catch (e) { failed(this, e); }
        },
        type(c) { return label(TEAM_TYPES, c); }, status(c) { return label(TEAM_STATUS, c); }, colour(c) { return STATUS_COLOUR[c]; }
      }
    }
  });

  A.register({
    path: '/resources/teams/:id', group: 'resources', title: ['救援队伍', 'Rescue team'], hidden: true,
    component: {
      mixins: [A.formMixin], props: ['params', 'query'], components: { teamForm },
      data() { return { team: null, reason: '', editing: false }; },
      template: `<div><problem-box :problem="problem" @reload="load"></problem-box>
        <team-form v-if="editing" :record="team" @saved="saved" @cancel="editing = false"></team-form>
        <div v-if="team && !editing" id="team-detail">
        <h2>{{ team.name }}</h2>
        <p>{{ type(team.type) }} · <strong id="team-status">{{ status(team.status) }}</strong>
          <span v-if="team.statusReason" class="muted">（{{ team.statusReason }}）</span> · {{ $t('值班电话', 'Duty phone') }} {{ team.dutyPhone }}</p>
        <div v-if="mayChange" class="toolbar" id="team-status-bar">
          <input id="team-reason" v-model="reason" :placeholder="$t('原因（出动、不可用时必填）', 'Reason (required unless standby)')" maxlength="200">
          <button v-for="(v, k) in statuses" :key="k" :id="'team-status-' + k" class="btn" :class="{ 'btn-primary': k !== team.status }"
            :disabled="busy || k === team.status" @click="change(k)">{{ status(k) }}</button>
          <button id="team-edit" class="btn" @click="problem = null; editing = true">{{ $t('修改队伍', 'Edit team') }}</button></div>
        <h3>{{ $t('队员', 'Members') }}</h3>
        <div class="table-wrap"><table id="team-members" class="table"><thead><tr><th>{{ $t('姓名', 'Name') }}</th>
          <th>{{ $t('电话', 'Phone') }}</th><th>{{ $t('技能', 'Skills') }}</th></tr></thead>
          <tbody><tr v-for="(m, i) in team.members" :key="i"><td>{{ m.name }}</td><td>{{ m.phone }}</td>
            <td><span v-for="s in m.skills" :key="s" class="badge">{{ s }}</span></td></tr></tbody></table></div>
        <h3>{{ $t('装备', 'Equipment') }}</h3>
        <ul><li v-for="(e, i) in team.equipment" :key="i">{{ e.name }} × {{ e.quantity }} <span class="muted">{{ e.category }}</span></li></ul>
      </div></div>`,
      computed: { statuses() { return TEAM_STATUS; } },
      async created() { await this.load(); },
      methods: {
        async load() {
          const team = await this.run(() => A.api.get('/api/v1/teams/' + this.params.id));
          if (team) this.team = team;
        },
        /** One click: the status, with the reason typed (the server asks for one unless STANDBY). */
        async change(next) {
          const team = await this.run(() => A.api.post('/api/v1/teams/' + this.team.id + '/status',
            { status: next, reason: next === 'STANDBY' ? null : A.blankToNull(this.reason.trim()), version: this.team.version }));
          if (team) { this.team = team; this.reason = ''; }
        },
        saved(team) { this.team = team; this.editing = false; },
        type(c) { return label(TEAM_TYPES, c); }, status(c) { return label(TEAM_STATUS, c); }
      }
    }
  });

  A.register({
    path: '/resources/warehouses', group: 'resources', title: ['物资仓库', 'Warehouses'], order: 40,
    component: {
      mixins: [areaPicker, listEditing], props: ['params', 'query'], components: { excelBar, warehouseForm },
      data() { return { list: [], short: [], problem: null }; },
      template: `<div><div class="toolbar">${AREA_SELECT}
        <button v-if="mayChange" id="warehouse-new" class="btn btn-primary" @click="open(null)">{{ $t('新建仓库', 'New warehouse') }}</button>
        <excel-bar base="/api/v1/warehouses" :area="area" @imported="load"></excel-bar></div><problem-box :problem="problem"></problem-box>
        <warehouse-form v-if="editing" :key="editing.key" :record="editing.record" @saved="done" @cancel="editing = null"></warehouse-form>${SAVED}
        <div id="below-minimum" class="card"><h3>{{ $t('低于最低储备', 'Below minimum') }} ({{ short.length }})</h3>
          <ul><li v-for="s in short" :key="s.warehouseId + s.itemCode">{{ s.warehouseName }} · {{ s.itemName }}
            <strong>{{ s.quantity }}</strong> / {{ s.minimum }} {{ s.unit }}</li></ul></div>
        <div class="table-wrap"><table id="warehouses-table" class="table">
          <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('级别', 'Level') }}</th><th class="hide-phone">{{ $t('区域', 'Area') }}</th></tr></thead>
          <tbody><tr v-for="w in list" :key="w.id"><td><a :href="'#/resources/warehouses/' + w.id">{{ w.name }}</a></td>
            <td>{{ level(w.level) }}</td><td class="hide-phone">{{ areaName(w.areaCode) }}</td></tr></tbody>
        </table></div></div>`,
      async created() { await this.loadAreas(); await this.load(); },
      methods: {
        async load() {
          this.problem = null;
          const p = this.area ? { area: this.area } : {};
          try {
            [this.list, this.short] = await Promise.all([A.api.get('/api/v1/warehouses', p), A.api.get('/api/v1/warehouses/below-minimum', p)]);
          } catch (e) { failed(this, e); }
        },
        level(l) { return A.levelName(l); }
      }
    }
  });

  A.register({
    path: '/resources/warehouses/:id', group: 'resources', title: ['物资仓库', 'Warehouse'], hidden: true,
    component: {
      mixins: [A.formMixin], props: ['params', 'query'], components: { warehouseForm },
      data() {
        return { warehouse: null, stock: [], ledger: [], items: [], others: [], editing: false,
          form: { kind: 'OUT', itemCode: 'TENT', quantity: 1, reason: '', toWarehouseId: null } };
      },
      template: `<div><problem-box :problem="problem"></problem-box>
        <warehouse-form v-if="editing" :record="warehouse" @saved="warehouse = $event; editing = false" @cancel="editing = false"></warehouse-form>
        <div v-if="warehouse">
        <h2>{{ warehouse.name }} <button v-if="mayChange && !editing" id="warehouse-edit" class="btn btn-small" @click="problem = null; editing = true">{{ $t('修改', 'Edit') }}</button></h2>
        <p class="muted">{{ levelName(warehouse.level) }} · {{ warehouse.address }} · {{ $t('管理员电话', 'Keeper phone') }} {{ warehouse.managerPhone }}</p>
        <div class="table-wrap"><table id="stock-table" class="table"><thead><tr><th>{{ $t('物资', 'Item') }}</th>
          <th>{{ $t('库存', 'Stock') }}</th><th>{{ $t('最低储备', 'Minimum') }}</th></tr></thead>
          <tbody><tr v-for="s in stock" :key="s.itemCode" :data-item="s.itemCode"><td>{{ s.itemName }}</td>
            <td class="qty">{{ s.quantity }} {{ s.unit }}</td>
            <td>{{ s.minimum }} <span v-if="s.belowMinimum" class="badge danger">{{ $t('不足', 'Short') }}</span></td></tr></tbody></table></div>
        <div v-if="mayChange" class="card"><h3>{{ $t('出入库登记', 'Stock movement') }}</h3><div class="form-grid">
          <select id="ledger-kind" v-model="form.kind"><option value="IN">{{ $t('入库', 'In') }}</option>
            <option value="OUT">{{ $t('出库', 'Out') }}</option><option value="TRANSFER">{{ $t('调拨', 'Transfer') }}</option></select>
          <select id="ledger-item" v-model="form.itemCode"><option v-for="i in items" :key="i.code" :value="i.code">{{ i.name }}（{{ i.unit }}）</option></select>
          <input id="ledger-quantity" v-model.number="form.quantity" type="number" min="1">
          <select v-if="form.kind === 'TRANSFER'" id="ledger-to" v-model="form.toWarehouseId">
            <option v-for="w in others" :key="w.id" :value="w.id">{{ w.name }}</option></select>
          <input id="ledger-reason" v-model="form.reason" :placeholder="$t('事由（必填）', 'Reason (required)')" maxlength="200">
          <button id="ledger-save" class="btn btn-primary" :disabled="busy" @click="move">{{ $t('登记', 'Record') }}</button></div></div>
        <h3>{{ $t('台账', 'Ledger') }}</h3>
        <div class="table-wrap"><table id="ledger-table" class="table"><thead><tr><th>{{ $t('时间', 'Time') }}</th><th>{{ $t('类型', 'Kind') }}</th>
          <th>{{ $t('物资', 'Item') }}</th><th>{{ $t('数量', 'Qty') }}</th><th>{{ $t('结存', 'Balance') }}</th><th>{{ $t('经办', 'By') }}</th><th>{{ $t('事由', 'Reason') }}</th></tr></thead>
          <tbody><tr v-for="e in ledger" :key="e.id"><td>{{ time(e.at) }}</td><td>{{ kind(e.kind) }}</td><td>{{ e.itemCode }}</td>
            <td>{{ e.quantity }}</td><td>{{ e.balanceAfter }}</td><td>{{ e.actor }}</td><td>{{ e.reason }}</td></tr></tbody></table></div>
      </div></div>`,
      async created() {
        try {
          [this.warehouse, this.items, this.others] = await Promise.all([A.api.get('/api/v1/warehouses/' + this.params.id),
            A.api.get('/api/v1/warehouses/items'), A.api.get('/api/v1/warehouses')]);
          this.others = this.others.filter(w => w.id !== this.warehouse.id);
          await this.load();
        } catch (e) { failed(this, e); }
      },
      methods: {
        async load() {
          [this.stock, this.ledger] = await Promise.all([A.api.get('/api/v1/warehouses/' + this.params.id + '/stock'),
            A.api.get('/api/v1/warehouses/' + this.params.id + '/ledger', { limit: 50 })]);
        },
        async move() {
          const entries = await this.run(() => A.api.post('/api/v1/warehouses/' + this.warehouse.id + '/ledger', this.form));
          if (!entries) return;
          this.form.reason = '';
          await this.load();
        },
        levelName(l) { return A.levelName(l); },
        kind(c) { return label(LEDGER, c); },
        time(t) { return A.formatTime ? A.formatTime(t) : t; }
      }
    }
  });

  A.register({
    path: '/resources/experts', group: 'resources', title: ['专家库', 'Experts'], order: 50,
    component: {
      mixins: [listEditing], props: ['params', 'query'], components: { excelBar, expertForm },
      data() { return { list: [], problem: null }; },
      template: `<div><div class="toolbar">
        <button v-if="mayChange" id="expert-new" class="btn btn-primary" @click="open(null)">{{ $t('新建专家', 'New expert') }}</button>
        <excel-bar base="/api/v1/experts" @imported="load"></excel-bar></div>
        <problem-box :problem="problem"></problem-box>
        <expert-form v-if="editing" :key="editing.key" :record="editing.record" @saved="done" @cancel="editing = null"></expert-form>${SAVED}
        <div class="table-wrap"><table id="experts-table" class="table">
        <thead><tr><th>{{ $t('姓名', 'Name') }}</th><th>{{ $t('专业领域', 'Field') }}</th><th>{{ $t('单位', 'Organisation') }}</th>
          <th>{{ $t('职称', 'Title') }}</th><th>{{ $t('电话', 'Phone') }}</th><th v-if="mayChange"></th></tr></thead>
        <tbody><tr v-for="e in list" :key="e.id" :data-id="e.id"><td>{{ e.name }}</td><td>{{ e.field }}</td><td>{{ e.organisation }}</td>
          <td>{{ e.title }}</td><td>{{ e.phone }}</td>
          <td v-if="mayChange"><button class="btn btn-small expert-edit" @click="open(e)">{{ $t('修改', 'Edit') }}</button></td></tr></tbody></table></div></div>`,
      created() { this.load(); },
      methods: {
        async load() {
          try { this.list = await A.api.get('/api/v1/experts'); } catch (e) { failed(this, e); }
        }
      }
    }
  });

  A.registerMapLayer({
    id: 'resources-teams', title: ['救援队伍', 'Rescue teams'], order: 40,
    load: async (map, options) => L.layerGroup((await A.api.get('/api/v1/teams', { area: (options || {}).area })).map(t => L.circleMarker([t.lat, t.lon],
      { radius: 7, color: STATUS_COLOUR[t.status], fillOpacity: 0.8 })
      .bindPopup(popup(t.name, [label(TEAM_STATUS, t.status) + (t.statusReason ? '（' + t.statusReason + '）' : ''),
        A.t('人数', 'Members') + ': ' + t.members.length, t.dutyPhone || '']))))
  });

  A.registerMapLayer({
    id: 'resources-warehouses', title: ['物资仓库', 'Warehouses'], order: 41,
    load: async (map, options) => L.layerGroup((await A.api.get('/api/v1/warehouses', { area: (options || {}).area })).map(w => L.circleMarker([w.lat, w.lon],
      { radius: 8, color: '#1565c0', fillOpacity: 0.6 })
      .bindPopup(popup(w.name, [A.levelName(w.level), w.managerPhone || '']))))
  });
})();
