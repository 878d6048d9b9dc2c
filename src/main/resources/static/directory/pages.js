/*
 * Directory pages (通讯录): people, organisations, assignments, "who answers here?" and Excel
 * import/export. Plain Vue 3 components registered with the web shell (window.Anlan); no build step.
 */
(function () {
  'use strict';
  const A = window.Anlan;

  const KINDS = [
    ['COMMITTEE_MEMBER_UNIT', '安委会/减灾委成员单位', 'Committee member unit'],
    ['DEPARTMENT', '部门', 'Department'],
    ['TOWN_OFFICE', '镇街政府/办事处', 'Town office'],
    ['VILLAGE_COMMITTEE', '村社委员会', 'Village committee'],
    ['ENTERPRISE', '企业', 'Enterprise'],
    ['OTHER', '其他', 'Other']
  ];
  const FOUND_BY = {
    PRIMARY: ['本级责任人', 'Assigned here'],
    DEPUTY: ['AB岗（责任人不在岗或任期已过）', 'Deputy (the person is away or the assignment has ended)'],
    PARENT_AREA: ['本级无人，由上级区域兜底', 'Nobody here: found in a parent area']
  };

  let areaList = null;
  let roleList = null;
  const loadAreas = async () => (areaList = areaList || await A.api.get('/api/v1/areas', { flat: true }));
  const loadRoles = async () => (roleList = roleList || await A.api.get('/api/v1/directory/roles'));
  const blankToNull = v => (v === '' || v === undefined ? null : v);
  /** Form labels for the field names a 400 problem lists (errors[].field). */
  const FIELDS = {
    name: ['姓名', 'Name'], mobile: ['手机', 'Mobile'], areaCode: ['区域', 'Area'], organisationId: ['单位', 'Organisation'],
    position: ['职务', 'Position'], email: ['电子邮箱', 'E-mail'], otherChannels: ['其他联系方式', 'Other channels'],
    note: ['备注', 'Note'], kind: ['类别', 'Kind'], parentId: ['上级单位', 'Parent'], committees: ['所属委员会', 'Committees'],
    roleCode: ['角色', 'Role'], personId: ['责任人', 'Person'], deputyPersonId: ['AB岗', 'Deputy'],
    validFrom: ['起始日期', 'Valid from'], validTo: ['截止日期', 'Valid to']
  };

  /** Shared by every page: areas, roles, the problem shown, a busy flag. */
  const common = {
    data() {
      return { problem: null, busy: false, areas: [], roles: [], kinds: KINDS, me: A.me };
    },
    computed: {
      /** The roles an area can be given (the 六落实 roles are given on a danger zone's page). */
      areaRoles() {
        return this.roles.filter(r => !r.target || r.target === 'AREA');
      },
      /** The problem with its field names shown as the form's labels. */
      formProblem() {
        const p = this.problem;
        if (!p || !Array.isArray(p.errors)) return p;
        return Object.assign({}, p, { errors: p.errors.map(e => {
          const label = FIELDS[e.field];
          return Object.assign({}, e, { field: label ? A.t(label[0], label[1]) : e.field });
        }) });
      }
    },
    async created() {
      try {
        [this.areas, this.roles] = await Promise.all([loadAreas(), loadRoles()]);
      } catch (e) {
        this.problem = e.problem || { detail: e.message };
      }
    },
    methods: {
      areaName(code) {
        const a = this.areas.find(x => x.code === code);
        return a ? a.shortName : code;
      },
      roleName(code) {
        const r = this.roles.find(x => x.code === code);
        return r ? A.t(r.zh, r.en) : code;
      },
      kindName(code) {
        const k = KINDS.find(x => x[0] === code);
        return k ? A.t(k[1], k[2]) : code;
      },
      mayChange() {
        return !!(A.me && A.me.mayChange);
      },
      async run(work) {
        this.problem = null;
        this.busy = true;
        try {
          return await work();
        } catch (e) {
          this.problem = e.problem || { detail: e.message };
          return undefined;
        } finally {
          this.busy = false;
        }
      },
      /** Brings the form that just opened into view (it opens above a long list). */
      showForm(id) {
        this.$nextTick(() => {
          const form = document.getElementById(id);
          if (form && form.scrollIntoView) form.scrollIntoView({ block: 'nearest' });
        });
      },
      /** 长期 when open at both ends, else from – to with … for an open end. */
      validity(a) {
        if (!a.validFrom && !a.validTo) return A.t('长期', 'open-ended');
        return (a.validFrom || '…') + ' – ' + (a.validTo || '…');
      },
      confirmDelete(what) {
        return window.confirm(A.t('确定删除“' + what + '”？', 'Delete "' + what + '"?'));
      }
    }
  };

  const AreaSelect = {
    props: ['modelValue', 'areas', 'blank'],
    emits: ['update:modelValue'],
    template: `<select :value="modelValue || ''" @change="$emit('update:modelValue', $event.target.value)">
      <option v-if="blank" value="">{{ blank }}</option>
      <option v-for="a in areas" :key="a.code" :value="a.code">{{ indent(a) }}</option></select>`,
    methods: {
      indent(a) {
        return ({ TOWN: '\u3000', VILLAGE: '\u3000\u3000' }[a.level] || '') + a.shortName;
      }
    }
  };

  // <person-picker> (a person by name or mobile) is the shared one of platform/anlan.js
  const components = { 'area-select': AreaSelect };

  const emptyPerson = () => ({ name: '', mobile: '', areaCode: '', organisationId: null, position: '', email: '',
    otherChannels: '', available: true, note: '', version: null });

  A.register({
    path: '/directory/people', group: 'directory', title: ['人员', 'People'], order: 20,
    component: {
      props: ['params', 'query'], mixins: [common], components,
      data() {
        return { area: '', q: '', page: { items: [], total: 0, page: 0, size: 50 }, edit: null, editId: null, organisations: [] };
      },
      template: `<div>
        <div class="toolbar">
          <input id="people-q" v-model="q" @keyup.enter="load(0)" :placeholder="$t('姓名 / 手机 / 职务', 'Name / mobile / position')">
          <area-select id="people-area" v-model="area" :areas="areas" :blank="$t('全部（我的辖区）', 'All (my area)')" @update:modelValue="load(0)"></area-select>
          <button id="people-search" class="btn" @click="load(0)">{{ $t('查询', 'Search') }}</button>
          <button v-if="mayChange()" id="person-new" class="btn btn-primary" @click="startEdit(null)">{{ $t('新建人员', 'New person') }}</button>
          <a class="btn" :href="exportHref()">{{ $t('导出 Excel', 'Export Excel') }}</a>
        </div>
        <problem-box v-if="!edit" :problem="problem"></problem-box>
        <div v-if="edit" id="person-form" class="card">
          <h3>{{ editId ? $t('修改人员', 'Edit person') : $t('新建人员', 'New person') }}</h3>
          <div class="form-grid">
            <label for="person-name">{{ $t('姓名', 'Name') }} *</label><input id="person-name" v-model="edit.name" maxlength="50">
            <label for="person-mobile">{{ $t('手机', 'Mobile') }} *</label><input id="person-mobile" v-model="edit.mobile" maxlength="11" inputmode="tel">
            <label for="person-area">{{ $t('所属区域', 'Area') }} *</label><area-select id="person-area" v-model="edit.areaCode" :areas="areas" blank=" "></area-select>
            <label for="person-organisation">{{ $t('单位', 'Organisation') }}</label>
            <select id="person-organisation" v-model="edit.organisationId"><option :value="null"></option>
              <option v-for="o in organisations" :key="o.id" :value="o.id">{{ o.name }}</option></select>
            <label for="person-position">{{ $t('职务', 'Position') }}</label><input id="person-position" v-model="edit.position" maxlength="100">
            <label for="person-email">{{ $t('电子邮箱', 'E-mail') }}</label><input id="person-email" v-model="edit.email" maxlength="254" type="email">
            <label for="person-channels">{{ $t('其他联系方式', 'Other channels') }}</label><input id="person-channels" v-model="edit.otherChannels" maxlength="300">
            <label for="person-available">{{ $t('在岗', 'Available') }}</label><input id="person-available" type="checkbox" v-model="edit.available">
            <label for="person-note">{{ $t('备注', 'Note') }}</label><textarea id="person-note" v-model="edit.note" maxlength="500"></textarea>
          </div>
          <problem-box :problem="formProblem"></problem-box>
          <div class="toolbar">
            <button id="person-save" class="btn btn-primary" :disabled="busy" @click="save">{{ $t('保存', 'Save') }}</button>
            <button id="person-cancel" class="btn" @click="cancel">{{ $t('取消', 'Cancel') }}</button>
          </div>
        </div>
        <div class="table-wrap"><table id="people-table" class="table">
          <thead><tr><th>{{ $t('姓名', 'Name') }}</th><th class="hide-phone">{{ $t('职务', 'Position') }}</th><th class="hide-phone">{{ $t('单位', 'Organisation') }}</th>
            <th>{{ $t('手机', 'Mobile') }}</th><th class="hide-phone">{{ $t('区域', 'Area') }}</th><th></th></tr></thead>
          <tbody>
            <tr v-for="p in page.items" :key="p.id">
              <td><a href="#" @click.prevent="open(p)">{{ p.name }}</a>
                <span v-if="!p.available" class="badge">{{ $t('不在岗', 'away') }}</span>
                <span class="phone-only muted small">{{ [p.position, p.organisationName, areaName(p.areaCode)].filter(Boolean).join(' · ') }}</span></td>
              <td class="hide-phone">{{ p.position }}</td><td class="hide-phone">{{ p.organisationName }}</td>
              <td class="nowrap"><a :href="'tel:' + p.mobile">{{ p.mobile }}</a></td><td class="hide-phone">{{ areaName(p.areaCode) }}</td>
              <td><template v-if="mayChange()">
                <button class="btn" @click="startEdit(p)">{{ $t('修改', 'Edit') }}</button>
                <button class="btn btn-danger" @click="remove(p)">{{ $t('删除', 'Delete') }}</button></template></td>
            </tr>
            <tr v-if="page.items.length === 0"><td colspan="6" class="muted">{{ $t('没有人员', 'No people') }}</td></tr>
          </tbody>
        </table></div>
        <div class="toolbar">
          <button class="btn" :disabled="page.page === 0" @click="load(page.page - 1)">{{ $t('上一页', 'Previous') }}</button>
          <span class="muted">{{ $t('共', 'Total') }} {{ page.total }} · {{ page.page + 1 }} / {{ Math.max(1, Math.ceil(page.total / page.size)) }}</span>
          <button class="btn" :disabled="(page.page + 1) * page.size >= page.total" @click="load(page.page + 1)">{{ $t('下一页', 'Next') }}</button>
        </div>
      </div>`,
      mounted() {
        this.area = (this.query && this.query.area) || '';
        this.load(0);
      },
      methods: {
        async load(n) {
          const page = await this.run(() => A.api.get('/api/v1/people', { area: this.area || undefined, q: this.q || undefined, page: n, size: 50 }));
          if (page) this.page = page;
        },
        exportHref() {
          return A.api.href('/api/v1/people/export.xlsx', this.area ? { area: this.area } : {});
        },
        open(p) {
          A.navigate('/directory/people/' + p.id);
        },
        cancel() {
          this.edit = null;
          this.problem = null;
        },
        async startEdit(p) {
          this.problem = null;
          this.editId = p ? p.id : null;
          this.edit = p ? Object.assign(emptyPerson(), p) : Object.assign(emptyPerson(), { areaCode: this.area || (A.me && A.me.scope) || '' });
          this.showForm('person-form');
          if (this.organisations.length === 0) this.organisations = (await this.run(() => A.api.get('/api/v1/organisations'))) || [];
        },
        async save() {
          const body = Object.assign({}, this.edit);
          ['position', 'email', 'otherChannels', 'note'].forEach(k => { body[k] = blankToNull(body[k]); });
          const saved = await this.run(() => this.editId ? A.api.put('/api/v1/people/' + this.editId, body) : A.api.post('/api/v1/people', body));
          if (saved) { this.edit = null; this.load(this.page.page); }
        },
        async remove(p) {
          if (!this.confirmDelete(p.name)) return;
          await this.run(() => A.api.del('/api/v1/people/' + p.id));
          if (!this.problem) this.load(this.page.page);
        }
      }
    }
  });

  A.register({
    path: '/directory/people/:id', group: 'directory', title: ['人员详情', 'Person'], hidden: true,
    component: {
      props: ['params', 'query'], mixins: [common],
      data() {
        return { person: null, assignments: [] };
      },
      template: `<div>
        <div class="toolbar"><button class="btn" @click="back">{{ $t('返回人员列表', 'Back to people') }}</button></div>
        <problem-box :problem="problem"></problem-box>
        <div v-if="person" class="card">
          <h3>{{ person.name }} <span v-if="!person.available" class="badge">{{ $t('不在岗', 'away') }}</span></h3>
          <div class="form-grid">
            <label>{{ $t('职务', 'Position') }}</label><span>{{ person.position }}</span>
            <label>{{ $t('单位', 'Organisation') }}</label><span>{{ person.organisationName }}</span>
            <label>{{ $t('手机', 'Mobile') }}</label><span><a :href="'tel:' + person.mobile">{{ person.mobile }}</a></span>
            <label>{{ $t('电子邮箱', 'E-mail') }}</label><span><a v-if="person.email" :href="'mailto:' + person.email">{{ person.email }}</a></span>
            <label>{{ $t('其他联系方式', 'Other channels') }}</label><span>{{ person.otherChannels }}</span>
            <label>{{ $t('所属区域', 'Area') }}</label><span>{{ areaName(person.areaCode) }} <span class="muted">{{ person.areaCode }}</span></span>
            <label>{{ $t('备注', 'Note') }}</label><span>{{ person.note }}</span>
          </div>
        </div>
        <div class="card">
          <h3>{{ $t('责任分工', 'Assignments') }}</h3>
          <div class="table-wrap"><table class="table">
            <thead><tr><th>{{ $t('区域', 'Area') }}</th><th>{{ $t('角色', 'Role') }}</th><th>{{ $t('身份', 'As') }}</th><th>{{ $t('有效期', 'Valid') }}</th></tr></thead>
            <tbody>
              <tr v-for="a in assignments" :key="a.id">
                <td>{{ areaName(a.areaCode) }}<template v-if="a.targetType === 'DANGER_ZONE'"> · <a :href="'#/risk/zones/' + a.targetId">{{ $t('危险区', 'danger zone') }} {{ a.targetId }}</a></template></td><td>{{ roleName(a.roleCode) }}</td>
                <td>{{ a.personId === person.id ? $t('责任人', 'Primary') : $t('AB岗（替 ' + a.personName + '）', 'Deputy for ' + a.personName) }}</td>
                <td>{{ validity(a) }} <span v-if="!a.active" class="badge">{{ $t('不在有效期', 'not active') }}</span></td>
              </tr>
              <tr v-if="assignments.length === 0"><td colspan="4" class="muted">{{ $t('没有责任分工', 'No assignments') }}</td></tr>
            </tbody>
          </table></div>
        </div>
      </div>`,
      async mounted() {
        const id = this.params.id;
        this.person = await this.run(() => A.api.get('/api/v1/people/' + id));
        if (this.person) this.assignments = (await this.run(() => A.api.get('/api/v1/assignments', { person: id }))) || [];
      },
      methods: {
        back() { A.navigate('/directory/people'); }
      }
    }
  });

  const emptyOrganisation = () => ({ name: '', kind: 'DEPARTMENT', areaCode: '', parentId: null, committeesText: '', note: '', version: null });

  A.register({
    path: '/directory/organisations', group: 'directory', title: ['单位', 'Organisations'], order: 21,
    component: {
      props: ['params', 'query'], mixins: [common], components,
      data() {
        return { area: '', q: '', list: [], edit: null, editId: null };
      },
      template: `<div>
        <div class="toolbar">
          <input v-model="q" @keyup.enter="load" :placeholder="$t('单位名称', 'Name')">
          <area-select v-model="area" :areas="areas" :blank="$t('全部（我的辖区）', 'All (my area)')" @update:modelValue="load"></area-select>
          <button class="btn" @click="load">{{ $t('查询', 'Search') }}</button>
          <button v-if="mayChange()" id="organisation-new" class="btn btn-primary" @click="startEdit(null)">{{ $t('新建单位', 'New organisation') }}</button>
        </div>
        <problem-box v-if="!edit" :problem="problem"></problem-box>
        <div v-if="edit" id="organisation-form" class="card">
          <h3>{{ editId ? $t('修改单位', 'Edit organisation') : $t('新建单位', 'New organisation') }}</h3>
          <div class="form-grid">
            <label for="organisation-name">{{ $t('名称', 'Name') }} *</label><input id="organisation-name" v-model="edit.name" maxlength="100">
            <label for="organisation-kind">{{ $t('类别', 'Kind') }} *</label>
            <select id="organisation-kind" v-model="edit.kind"><option v-for="k in kinds" :key="k[0]" :value="k[0]">{{ $t(k[1], k[2]) }}</option></select>
            <label for="organisation-area">{{ $t('所属区域', 'Area') }} *</label><area-select id="organisation-area" v-model="edit.areaCode" :areas="areas" blank=" "></area-select>
            <label for="organisation-parent">{{ $t('上级单位', 'Parent') }}</label>
            <select id="organisation-parent" v-model="edit.parentId"><option :value="null"></option>
              <option v-for="o in list" :key="o.id" :value="o.id" v-show="o.id !== editId">{{ o.name }}</option></select>
            <label for="organisation-committees">{{ $t('所属委员会（逗号分隔）', 'Committees (comma-separated)') }}</label>
            <input id="organisation-committees" v-model="edit.committeesText" :placeholder="$t('如：区安委会,区减灾委', 'e.g. 区安委会,区减灾委')">
            <label for="organisation-note">{{ $t('备注', 'Note') }}</label><textarea id="organisation-note" v-model="edit.note" maxlength="500"></textarea>
          </div>
          <problem-box :problem="formProblem"></problem-box>
          <div class="toolbar">
            <button id="organisation-save" class="btn btn-primary" :disabled="busy" @click="save">{{ $t('保存', 'Save') }}</button>
            <button id="organisation-cancel" class="btn" @click="edit = null; problem = null">{{ $t('取消', 'Cancel') }}</button>
          </div>
        </div>
        <div class="table-wrap"><table id="organisations-table" class="table">
          <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('类别', 'Kind') }}</th><th>{{ $t('区域', 'Area') }}</th>
            <th>{{ $t('委员会', 'Committees') }}</th><th></th></tr></thead>
          <tbody>
            <tr v-for="o in list" :key="o.id">
              <td>{{ o.name }}</td><td>{{ kindName(o.kind) }}</td><td>{{ areaName(o.areaCode) }}</td>
              <td><span v-for="c in o.committees" :key="c" class="badge">{{ c }}</span></td>
              <td><template v-if="mayChange()">
                <button class="btn" @click="startEdit(o)">{{ $t('修改', 'Edit') }}</button>
                <button class="btn btn-danger" @click="remove(o)">{{ $t('删除', 'Delete') }}</button></template></td>
            </tr>
            <tr v-if="list.length === 0"><td colspan="5" class="muted">{{ $t('没有单位', 'No organisations') }}</td></tr>
          </tbody>
        </table></div>
      </div>`,
      mounted() { this.load(); },
      methods: {
        async load() {
          const list = await this.run(() => A.api.get('/api/v1/organisations', { area: this.area || undefined, q: this.q || undefined }));
          if (list) this.list = list;
        },
        startEdit(o) {
          this.problem = null;
          this.editId = o ? o.id : null;
          this.edit = o ? Object.assign(emptyOrganisation(), o, { committeesText: (o.committees || []).join(',') })
            : Object.assign(emptyOrganisation(), { areaCode: this.area || (A.me && A.me.scope) || '' });
          this.showForm('organisation-form');
        },
        async save() {
          const e = this.edit;
          const body = { name: e.name, kind: e.kind, areaCode: e.areaCode, parentId: e.parentId, note: blankToNull(e.note), version: e.version,
            committees: e.committeesText.split(/[,，、]/).map(s => s.trim()).filter(Boolean) };
          const saved = await this.run(() => this.editId ? A.api.put('/api/v1/organisations/' + this.editId, body) : A.api.post('/api/v1/organisations', body));
          if (saved) { this.edit = null; this.load(); }
        },
        async remove(o) {
          if (!this.confirmDelete(o.name)) return;
          await this.run(() => A.api.del('/api/v1/organisations/' + o.id));
          if (!this.problem) this.load();
        }
      }
    }
  });

  const emptyAssignment = () => ({ areaCode: '', roleCode: '', personId: null, personLabel: '', deputyPersonId: null, deputyLabel: '',
    validFrom: '', validTo: '', note: '', version: null });

  A.register({
    path: '/directory/assignments', group: 'directory', title: ['责任分工', 'Assignments'], order: 22,
    component: {
      props: ['params', 'query'], mixins: [common], components,
      data() {
        return { area: '', role: '', list: [], edit: null, editId: null };
      },
      template: `<div>
        <div class="toolbar">
          <area-select id="assignments-area" v-model="area" :areas="areas" :blank="$t('全部（我的辖区）', 'All (my area)')" @update:modelValue="load"></area-select>
          <select id="assignments-role" v-model="role" @change="load"><option value="">{{ $t('全部角色', 'All roles') }}</option>
            <option v-for="r in roles" :key="r.code" :value="r.code">{{ $t(r.zh, r.en) }}</option></select>
          <button v-if="mayChange()" id="assignment-new" class="btn btn-primary" @click="startEdit(null)">{{ $t('新建责任分工', 'New assignment') }}</button>
          <a class="btn" :href="exportHref()">{{ $t('导出 Excel', 'Export Excel') }}</a>
        </div>
        <problem-box v-if="!edit" :problem="problem"></problem-box>
        <div v-if="edit" id="assignment-form" class="card">
          <h3>{{ editId ? $t('修改责任分工', 'Edit assignment') : $t('新建责任分工', 'New assignment') }}</h3>
          <div class="form-grid">
            <label for="assignment-area">{{ $t('负责区域', 'Area') }} *</label><area-select id="assignment-area" v-model="edit.areaCode" :areas="areas" blank=" "></area-select>
            <label for="assignment-role">{{ $t('角色', 'Role') }} *</label>
            <select id="assignment-role" v-model="edit.roleCode"><option value="" disabled>{{ $t('— 选择角色 —', '— choose a role —') }}</option>
              <option v-for="r in areaRoles" :key="r.code" :value="r.code">{{ $t(r.zh, r.en) }}</option></select>
            <label>{{ $t('责任人', 'Person') }} *</label><person-picker id="assignment-person" v-model="edit.personId" :label="edit.personLabel"></person-picker>
            <label>{{ $t('AB岗', 'Deputy') }}</label><person-picker id="assignment-deputy" v-model="edit.deputyPersonId" :label="edit.deputyLabel"></person-picker>
            <label for="assignment-from">{{ $t('起始日期', 'Valid from') }}</label><input id="assignment-from" type="date" v-model="edit.validFrom">
            <label for="assignment-to">{{ $t('截止日期', 'Valid to') }}</label><input id="assignment-to" type="date" v-model="edit.validTo">
            <label for="assignment-note">{{ $t('备注', 'Note') }}</label><textarea id="assignment-note" v-model="edit.note" maxlength="500"></textarea>
          </div>
          <problem-box :problem="formProblem"></problem-box>
          <div class="toolbar">
            <button id="assignment-save" class="btn btn-primary" :disabled="busy" @click="save">{{ $t('保存', 'Save') }}</button>
            <button id="assignment-cancel" class="btn" @click="edit = null; problem = null">{{ $t('取消', 'Cancel') }}</button>
          </div>
        </div>
        <div class="table-wrap"><table id="assignments-table" class="table">
          <thead><tr><th>{{ $t('区域', 'Area') }}</th><th>{{ $t('角色', 'Role') }}</th><th>{{ $t('责任人', 'Person') }}</th>
            <th>{{ $t('AB岗', 'Deputy') }}</th><th>{{ $t('有效期', 'Valid') }}</th><th></th></tr></thead>
          <tbody>
            <tr v-for="a in list" :key="a.id">
              <td>{{ areaName(a.areaCode) }}<template v-if="a.targetType === 'DANGER_ZONE'"> · <a :href="'#/risk/zones/' + a.targetId">{{ $t('危险区', 'danger zone') }} {{ a.targetId }}</a></template></td><td>{{ roleName(a.roleCode) }}</td>
              <td>{{ a.personName }} <a class="muted" :href="'tel:' + a.personMobile">{{ a.personMobile }}</a></td>
              <td>{{ a.deputyName }}</td>
              <td>{{ validity(a) }} <span v-if="!a.active" class="badge">{{ $t('不在有效期', 'not active') }}</span></td>
              <td><template v-if="mayChange()">
                <button v-if="a.targetType !== 'DANGER_ZONE'" class="btn" @click="startEdit(a)">{{ $t('修改', 'Edit') }}</button>
                <button class="btn btn-danger" @click="remove(a)">{{ $t('删除', 'Delete') }}</button></template></td>
            </tr>
            <tr v-if="list.length === 0"><td colspan="6" class="muted">{{ $t('没有责任分工', 'No assignments') }}</td></tr>
          </tbody>
        </table></div>
      </div>`,
      mounted() {
        this.area = (this.query && this.query.area) || '';
        this.load();
      },
      methods: {
        async load() {
          const list = await this.run(() => A.api.get('/api/v1/assignments', { area: this.area || undefined, role: this.role || undefined }));
          if (list) this.list = list;
        },
        exportHref() {
          return A.api.href('/api/v1/assignments/export.xlsx', this.area ? { area: this.area } : {});
        },
        startEdit(a) {
          this.problem = null;
          this.editId = a ? a.id : null;
          this.edit = a ? Object.assign(emptyAssignment(), a, { personLabel: a.personName + ' ' + a.personMobile,
            deputyLabel: a.deputyName || '', validFrom: a.validFrom || '', validTo: a.validTo || '' })
            : Object.assign(emptyAssignment(), { areaCode: this.area || '', roleCode: this.role || '' });
          this.showForm('assignment-form');
        },
        async save() {
          const e = this.edit;
          const body = { areaCode: e.areaCode, roleCode: e.roleCode, personId: e.personId, deputyPersonId: e.deputyPersonId,
            validFrom: blankToNull(e.validFrom), validTo: blankToNull(e.validTo), note: blankToNull(e.note), version: e.version };
          const saved = await this.run(() => this.editId ? A.api.put('/api/v1/assignments/' + this.editId, body) : A.api.post('/api/v1/assignments', body));
          if (saved) { this.edit = null; this.load(); }
        },
        async remove(a) {
          if (!this.confirmDelete(this.roleName(a.roleCode) + ' ' + a.personName)) return;
          await this.run(() => A.api.del('/api/v1/assignments/' + a.id));
          if (!this.problem) this.load();
        }
      }
    }
  });

  A.register({
    path: '/directory/responsible', group: 'directory', title: ['谁负责', 'Who answers here?'], order: 23,
    component: {
      props: ['params', 'query'], mixins: [common], components,
      data() {
        return { area: '', role: '', answer: null };
      },
      template: `<div>
        <div class="card">
          <div class="form-grid">
            <label for="responsible-area">{{ $t('区域', 'Area') }}</label><area-select id="responsible-area" v-model="area" :areas="areas" blank=" " @update:modelValue="answer = null"></area-select>
            <label for="responsible-role">{{ $t('角色', 'Role') }}</label>
            <select id="responsible-role" v-model="role" @change="answer = null"><option value="" disabled>{{ $t('— 选择角色 —', '— choose a role —') }}</option>
              <option v-for="r in areaRoles" :key="r.code" :value="r.code">{{ $t(r.zh, r.en) }}</option></select>
          </div>
          <div class="toolbar"><button id="responsible-ask" class="btn btn-primary" :disabled="!area || !role || busy" @click="ask">{{ $t('查询谁负责', 'Who answers?') }}</button></div>
        </div>
        <problem-box :problem="problem"></problem-box>
        <div v-if="answer">
          <p v-if="answer.answeredAt && answer.answeredAt !== answer.areaCode" id="answer-parent" class="card notice">
            {{ $t('在“' + areaName(answer.areaCode) + '”没有' + roleName(answer.roleCode) + '，由上级区域“' + areaName(answer.answeredAt) + '”的责任人兜底。',
              'Nobody holds this role in ' + areaName(answer.areaCode) + '; the answer comes from the parent area ' + areaName(answer.answeredAt) + '.') }}</p>
          <p v-if="answer.people.length === 0" id="answer-nobody" class="card">{{ $t('该区域直到全区都没有此角色的责任人。', 'Nobody holds this role here or in any parent area.') }}</p>
          <div v-for="p in answer.people" :key="p.personId + '-' + p.assignmentId" class="card answer">
            <h3>{{ p.name }} <span class="badge">{{ foundBy(p.foundBy) }}</span></h3>
            <p><a class="btn btn-primary" :href="'tel:' + p.mobile">{{ $t('拨打', 'Call') }} {{ p.mobile }}</a>
              <a v-if="p.email" class="btn" :href="'mailto:' + p.email">{{ p.email }}</a></p>
            <p class="muted">{{ p.position }} · {{ p.organisationName }} ·
              {{ $t('责任区域', 'assigned for') }} {{ areaName(p.assignedAreaCode) }}<span v-if="p.deputy"> · {{ $t('AB岗', 'deputy') }}</span></p>
          </div>
        </div>
      </div>`,
      mounted() {
        this.area = (this.query && this.query.area) || '';
        this.role = (this.query && this.query.role) || '';
        if (this.area && this.role) this.ask();
      },
      watch: {
        // a link to the same page with other ?area=&role= does not remount it
        query(q) {
          this.area = (q && q.area) || '';
          this.role = (q && q.role) || '';
          this.answer = null;
          if (this.area && this.role) this.ask();
        }
      },
      methods: {
        async ask() {
          this.answer = await this.run(() => A.api.get('/api/v1/responsible', { area: this.area, role: this.role }));
        },
        foundBy(code) {
          const f = FOUND_BY[code];
          return f ? A.t(f[0], f[1]) : code;
        }
      }
    }
  });

  A.register({
    path: '/directory/import', group: 'directory', title: ['导入导出', 'Import / export'], order: 24,
    component: {
      props: ['params', 'query'], mixins: [common], components,
      data() {
        return { area: '', file: null, result: null, rows: [], progress: null };
      },
      computed: {
        headline() {
          return this.problem ? Object.assign({}, this.problem, { rows: undefined }) : null;
        }
      },
      template: `<div>
        <div class="card">
          <h3>{{ $t('导出', 'Export') }}</h3>
          <div class="toolbar">
            <area-select v-model="area" :areas="areas" :blank="$t('全部（我的辖区）', 'All (my area)')"></area-select>
            <a id="export-people" class="btn" :href="href('/api/v1/people/export.xlsx')">{{ $t('导出人员', 'Export people') }}</a>
            <a class="btn" :href="href('/api/v1/assignments/export.xlsx')">{{ $t('导出责任分工', 'Export assignments') }}</a>
            <a class="btn" :href="href('/api/v1/directory/template.xlsx')">{{ $t('下载导入模板', 'Download the template') }}</a>
          </div>
        </div>
        <div v-if="mayChange()" class="card">
          <h3>{{ $t('导入', 'Import') }}</h3>
          <p class="muted">{{ $t('工作表“人员”按手机号新增或更新；“责任”按区域+角色+责任人手机新增或更新。任何一行有错，整个文件都不导入。',
            'Sheet 人员 (people) is matched by mobile; 责任 (assignments) by area, role and person mobile. If any row is wrong, nothing is imported.') }}</p>
          <div class="toolbar">
            <input id="import-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" @change="file = $event.target.files[0]">
            <button id="import-submit" class="btn btn-primary" :disabled="!file || busy" @click="upload">{{ $t('导入', 'Import') }}</button>
            <import-progress :progress="progress"></import-progress>
          </div>
          <p v-if="result" id="import-result" class="card notice">{{ $t('已导入：新增 ' + result.created + ' 条，更新 ' + result.updated + ' 条',
            'Imported: ' + result.created + ' created, ' + result.updated + ' updated') }}</p>
        </div>
        <problem-box :problem="headline"></problem-box>
        <div v-if="rows.length" class="table-wrap"><table id="import-rows" class="table">
          <thead><tr><th>{{ $t('工作表', 'Sheet') }}</th><th>{{ $t('行', 'Row') }}</th><th>{{ $t('列', 'Column') }}</th><th>{{ $t('问题', 'Problem') }}</th></tr></thead>
          <tbody><tr v-for="(r, i) in rows" :key="i"><td>{{ r.sheet }}</td><td>{{ r.row }}</td><td>{{ r.column }}</td><td>{{ r.message }}</td></tr></tbody>
        </table></div>
      </div>`,
      methods: {
        href(url) {
          return A.api.href(url, this.area ? { area: this.area } : {});
        },
        async upload() {
          this.result = null;
          this.rows = [];
          const form = new FormData();
          form.append('file', this.file);
          this.result = await this.run(() => A.api.upload('/api/v1/directory/import', form, (p) => { this.progress = p; }));
          if (this.problem && Array.isArray(this.problem.rows)) this.rows = this.problem.rows;
        }
      }
    }
  });
})();
