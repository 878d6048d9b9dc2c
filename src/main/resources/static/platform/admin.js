/* 系统管理: users (district admins), the audit log (district admins) and every user's own API tokens. */
(function () {
  'use strict';
  if (!window.Anlan) return;
  const ROLES = ['DISTRICT_ADMIN', 'DUTY_OFFICER', 'DEPARTMENT_USER', 'TOWN_OFFICER', 'VILLAGE_OFFICER', 'LEADER'];
  const fail = (vm) => (e) => { vm.problem = e.problem || { title: e.message }; };

  const Users = {
    props: ['params', 'query'],
    data: () => ({ users: [], problem: null, form: null, editing: null, password: null, message: '', roles: ROLES }),
    created() { this.load(); },
    methods: {
      async load() {
        try { this.users = await Anlan.api.get('/api/v1/users'); } catch (e) { fail(this)(e); }
      },
      startCreate() {
        this.problem = null; this.password = null; this.editing = null;
        this.form = { username: '', displayName: '', password: '', roles: [], scope: Anlan.me.scope, personId: null, enabled: true };
      },
      startEdit(u) {
        this.problem = null; this.password = null; this.editing = u;
        this.form = { displayName: u.displayName, roles: [...u.roles], scope: u.scope, personId: u.personId, enabled: u.enabled };
      },
      async save() {
        this.problem = null;
        const body = { ...this.form, personId: this.form.personId === '' || this.form.personId == null ? null : Number(this.form.personId) };
        try {
          if (this.editing) {
            delete body.username; delete body.password;
            await Anlan.api.put('/api/v1/users/' + this.editing.id, body);
          } else {
            // The server's JSON reader wants every primitive field, so `demo` is sent explicitly.
            delete body.enabled;
            body.demo = false;
            await Anlan.api.post('/api/v1/users', body);
          }
          this.message = Anlan.t('已保存。', 'Saved.');
          this.form = null; this.editing = null;
          this.load();
        } catch (e) { fail(this)(e); }
      },
      startPassword(u) { this.problem = null; this.form = null; this.password = { user: u, value: '' }; },
      async savePassword() {
        this.problem = null;
        try {
          await Anlan.api.put('/api/v1/users/' + this.password.user.id + '/password', { password: this.password.value });
          this.message = Anlan.t('密码已重设。', 'The password has been set.');
          this.password = null;
        } catch (e) { fail(this)(e); }
      },
    },
    template: `
      <div>
        <h1>{{ $t('用户', 'Users') }}</h1>
        <div class="toolbar">
          <button class="btn btn-primary" @click="startCreate" :disabled="!Anlan.me.mayChange">{{ $t('新建用户', 'New user') }}</button>
          <span class="muted" v-if="message">{{ message }}</span>
        </div>
        <problem-box :problem="problem"></problem-box>
        <form class="card" v-if="form" @submit.prevent="save">
          <h2>{{ editing ? $t('编辑用户 ', 'Edit user ') + editing.username : $t('新建用户', 'New user') }}</h2>
          <div class="form-grid">
            <template v-if="!editing">
              <label for="u-username">{{ $t('用户名', 'User name') }}</label><input id="u-username" v-model.trim="form.username" required pattern="[A-Za-z0-9_.\\-]+" maxlength="60">
              <label for="u-password">{{ $t('初始密码', 'Initial password') }}</label><input id="u-password" type="password" v-model="form.password" required autocomplete="new-password">
            </template>
            <label for="u-display">{{ $t('姓名', 'Display name') }}</label><input id="u-display" v-model.trim="form.displayName" required maxlength="100">
            <label>{{ $t('角色', 'Roles') }}</label>
            <div class="checks"><label v-for="r in roles" :key="r"><input type="checkbox" :value="r" v-model="form.roles"> {{ Anlan.roleName(r) }}</label></div>
            <label for="u-scope">{{ $t('管辖范围', 'Area scope') }}</label><area-select id="u-scope" v-model="form.scope" required></area-select>
            <label for="u-person">{{ $t('人员编号（可选）', 'Person id (optional)') }}</label><input id="u-person" type="number" v-model="form.personId">
            <template v-if="editing">
              <label>{{ $t('状态', 'Status') }}</label><label class="checks"><input type="checkbox" v-model="form.enabled"> {{ $t('启用', 'enabled') }}</label>
            </template>
            <div class="full toolbar">
              <button type="submit" class="btn btn-primary">{{ $t('保存', 'Save') }}</button>
              <button type="button" class="btn" @click="form = null">{{ $t('取消', 'Cancel') }}</button>
            </div>
          </div>
        </form>
        <form class="card" v-if="password" @submit.prevent="savePassword">
          <h2>{{ $t('重设密码：', 'Set the password of ') }}{{ password.user.username }}</h2>
          <div class="form-grid">
            <label for="u-newpw">{{ $t('新密码', 'New password') }}</label><input id="u-newpw" type="password" v-model="password.value" required autocomplete="new-password">
            <div class="full toolbar">
              <button type="submit" class="btn btn-primary">{{ $t('保存', 'Save') }}</button>
              <button type="button" class="btn" @click="password = null">{{ $t('取消', 'Cancel') }}</button>
            </div>
          </div>
        </form>
        <div class="card table-wrap">
          <table class="table">
            <thead><tr><th>{{ $t('用户名', 'User name') }}</th><th>{{ $t('姓名', 'Name') }}</th><th>{{ $t('角色', 'Roles') }}</th><th>{{ $t('范围', 'Scope') }}</th><th>{{ $t('状态', 'Status') }}</th><th></th></tr></thead>
            <tbody>
              <tr v-for="u in users" :key="u.id">
                <td>{{ u.username }} <span v-if="u.demo" class="badge">{{ $t('演示', 'demo') }}</span></td>
                <td>{{ u.displayName }}</td>
                <td>{{ u.roles.map(Anlan.roleName).join('、') }}</td>
                <td><a :href="'#/area/' + u.scope"><code>{{ u.scope }}</code></a></td>
                <td><span class="badge" :class="{danger: !u.enabled}">{{ u.enabled ? $t('启用', 'enabled') : $t('停用', 'disabled') }}</span></td>
                <td class="nowrap">
                  <button class="btn btn-small" @click="startEdit(u)" :disabled="!Anlan.me.mayChange">{{ $t('编辑', 'Edit') }}</button>
                  <button class="btn btn-small" @click="startPassword(u)" :disabled="!Anlan.me.mayChange">{{ $t('密码', 'Password') }}</button>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>`,
  };

  function parse(json) {
    if (json == null || json === '') return null;
    try { return JSON.parse(json); } catch (e) { return json; }
  }

  const Audit = {
    props: ['params', 'query'],
    data() {
      return {
        filter: { entityType: this.query.entityType || '', actor: this.query.actor || '', from: '', to: '' },
        page: 0, size: 50, entries: [], problem: null, openId: null,
      };
    },
    created() { this.load(); },
    methods: {
      iso(local) { return local ? new Date(local).toISOString() : ''; },
      async load() {
        this.problem = null;
        try {
          this.entries = await Anlan.api.get('/api/v1/audit', {
            entityType: this.filter.entityType, actor: this.filter.actor,
            from: this.iso(this.filter.from), to: this.iso(this.filter.to), page: this.page, size: this.size,
          });
        } catch (e) { fail(this)(e); }
      },
      search() { this.page = 0; this.load(); },
      go(delta) { this.page = Math.max(0, this.page + delta); this.load(); },
      diff(entry) {
        const before = parse(entry.before);
        const after = parse(entry.after);
        const isObj = (v) => v && typeof v === 'object' && !Array.isArray(v);
        if (!isObj(before) && !isObj(after)) {
          return [{ key: '', before: before, after: after, changed: JSON.stringify(before) !== JSON.stringify(after) }];
        }
        const keys = [...new Set([...Object.keys(before || {}), ...Object.keys(after || {})])];
        return keys.map((key) => {
          const b = isObj(before) ? before[key] : undefined;
          const a = isObj(after) ? after[key] : undefined;
          return { key, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
        });
      },
      show(v) { return v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v); },
    },
    template: `
      <div>
        <h1>{{ $t('审计日志', 'Audit log') }}</h1>
        <form class="toolbar" @submit.prevent="search">
          <input v-model.trim="filter.entityType" :placeholder="$t('对象类型，如 user', 'Entity type, e.g. user')">
          <input v-model.trim="filter.actor" :placeholder="$t('操作人', 'Actor')">
          <label class="muted">{{ $t('从', 'From') }}</label><input type="datetime-local" v-model="filter.from">
          <label class="muted">{{ $t('到', 'To') }}</label><input type="datetime-local" v-model="filter.to">
          <button class="btn btn-primary" type="submit">{{ $t('查询', 'Search') }}</button>
        </form>
        <problem-box :problem="problem"></problem-box>
        <div class="card table-wrap">
          <table class="table">
            <thead><tr><th>{{ $t('时间', 'Time') }}</th><th>{{ $t('操作人', 'Actor') }}</th><th>{{ $t('动作', 'Action') }}</th><th>{{ $t('对象', 'Entity') }}</th><th>{{ $t('区域', 'Area') }}</th><th></th></tr></thead>
            <tbody>
              <template v-for="e in entries" :key="e.id">
                <tr>
                  <td class="nowrap">{{ Anlan.formatTime(e.at) }}</td><td>{{ e.actor }}</td><td><span class="badge">{{ e.action }}</span></td>
                  <td>{{ e.entityType }} <code>{{ e.entityId }}</code></td><td><code>{{ e.areaCode }}</code></td>
                  <td><button class="btn-link" @click="openId = openId === e.id ? null : e.id">{{ openId === e.id ? $t('收起', 'Hide') : $t('变更', 'Changes') }}</button></td>
                </tr>
                <tr v-if="openId === e.id">
                  <td colspan="6">
                    <table class="table small">
                      <thead><tr><th>{{ $t('字段', 'Field') }}</th><th>{{ $t('之前', 'Before') }}</th><th>{{ $t('之后', 'After') }}</th></tr></thead>
                      <tbody><tr v-for="d in diff(e)" :key="d.key" :style="d.changed ? 'background:#fff8e1' : ''">
                        <td><code>{{ d.key }}</code></td><td><code>{{ show(d.before) }}</code></td><td><code>{{ show(d.after) }}</code></td>
                      </tr></tbody>
                    </table>
                  </td>
                </tr>
              </template>
              <tr v-if="!entries.length"><td colspan="6" class="muted">{{ $t('没有记录。', 'No entries.') }}</td></tr>
            </tbody>
          </table>
        </div>
        <div class="toolbar">
          <button class="btn" :disabled="page === 0" @click="go(-1)">&larr; {{ $t('上一页', 'Previous') }}</button>
          <span class="muted">{{ $t('第', 'Page ') }}{{ page + 1 }}{{ $t(' 页', '') }}</span>
          <button class="btn" :disabled="entries.length < size" @click="go(1)">{{ $t('下一页', 'Next') }} &rarr;</button>
        </div>
      </div>`,
  };

  const Tokens = {
    props: ['params', 'query'],
    data: () => ({ tokens: [], problem: null, name: '', validDays: 90, created: null }),
    created() { this.load(); },
    methods: {
      async load() {
        try { this.tokens = await Anlan.api.get('/api/v1/me/tokens'); } catch (e) { fail(this)(e); }
      },
      async create() {
        this.problem = null;
        try {
          this.created = await Anlan.api.post('/api/v1/me/tokens', { name: this.name, validDays: this.validDays || null });
          this.name = '';
          this.load();
        } catch (e) { fail(this)(e); }
      },
      async revoke(token) {
        if (!window.confirm(Anlan.t('撤销令牌“' + token.name + '”？', 'Revoke the token "' + token.name + '"?'))) return;
        this.problem = null;
        try { await Anlan.api.del('/api/v1/me/tokens/' + token.id); this.load(); } catch (e) { fail(this)(e); }
      },
      copy() { if (navigator.clipboard) navigator.clipboard.writeText(this.created.token); },
    },
    template: `
      <div>
        <h1>{{ $t('我的 API 令牌', 'My API tokens') }}</h1>
        <p class="muted">{{ $t('程序可用令牌代替密码调用接口：请求头 Authorization: Bearer <令牌>。令牌拥有您的全部权限。',
          'Programs can call the API with a token instead of a password: header Authorization: Bearer <token>. A token has all your rights.') }}</p>
        <problem-box :problem="problem"></problem-box>
        <div class="card notice" v-if="created">
          <strong>{{ $t('新令牌（只显示这一次，请立即保存）：', 'New token (shown only this once; store it now):') }}</strong>
          <div class="secret" id="new-token">{{ created.token }}</div>
          <div class="toolbar" style="margin-top:8px">
            <button class="btn btn-small" @click="copy">{{ $t('复制', 'Copy') }}</button>
            <button class="btn btn-small" @click="created = null">{{ $t('我已保存', 'I have stored it') }}</button>
          </div>
        </div>
        <form class="card toolbar" @submit.prevent="create">
          <input v-model.trim="name" required maxlength="100" :placeholder="$t('令牌名称，如 值班脚本', 'Token name, e.g. duty script')">
          <label class="muted">{{ $t('有效天数', 'Valid days') }}</label><input type="number" min="1" max="3650" v-model.number="validDays" style="width:90px">
          <button class="btn btn-primary" type="submit">{{ $t('创建令牌', 'Create token') }}</button>
        </form>
        <div class="card table-wrap">
          <table class="table">
            <thead><tr><th>{{ $t('名称', 'Name') }}</th><th>{{ $t('创建', 'Created') }}</th><th>{{ $t('到期', 'Expires') }}</th><th>{{ $t('最近使用', 'Last used') }}</th><th>{{ $t('状态', 'Status') }}</th><th></th></tr></thead>
            <tbody>
              <tr v-for="tk in tokens" :key="tk.id">
                <td>{{ tk.name }}</td><td>{{ Anlan.formatTime(tk.createdAt) }}</td><td>{{ Anlan.formatTime(tk.expiresAt) || $t('不过期', 'never') }}</td>
                <td>{{ Anlan.formatTime(tk.lastUsedAt) || '—' }}</td>
                <td><span class="badge" :class="{danger: tk.revoked}">{{ tk.revoked ? $t('已撤销', 'revoked') : $t('有效', 'active') }}</span></td>
                <td><button v-if="!tk.revoked" class="btn btn-danger btn-small" @click="revoke(tk)">{{ $t('撤销', 'Revoke') }}</button></td>
              </tr>
              <tr v-if="!tokens.length"><td colspan="6" class="muted">{{ $t('还没有令牌。', 'No tokens yet.') }}</td></tr>
            </tbody>
          </table>
        </div>
      </div>`,
  };

  Anlan.register({ path: '/admin/users', group: 'admin', title: ['用户管理', 'Users'], order: 10, component: Users, roles: ['DISTRICT_ADMIN'] });
  Anlan.register({ path: '/admin/audit', group: 'admin', title: ['审计日志', 'Audit log'], order: 20, component: Audit, roles: ['DISTRICT_ADMIN'] });
  Anlan.register({ path: '/me/tokens', group: 'admin', title: ['我的 API 令牌', 'My API tokens'], order: 30, component: Tokens });
})();
