/* 总览: the landing page. A shell for now; the district-wide read models arrive with later modules. */
(function () {
  'use strict';
  if (!window.Anlan) return;

  const Dashboard = {
    props: ['params', 'query'],
    data: () => ({ detail: null, changes: [], problem: null }),
    async created() {
      try {
        this.detail = await Anlan.api.get('/api/v1/areas/' + encodeURIComponent(Anlan.me.scope));
        this.changes = await Anlan.api.get('/api/v1/dashboard/responsibility-changes', { limit: 10 });
      } catch (e) {
        this.problem = e.problem || { title: e.message };
      }
    },
    computed: {
      roles() { return (Anlan.me.roles || []).map(Anlan.roleName).join('、'); },
    },
    template: `
      <div>
        <h1>{{ $t('总览', 'Overview') }}</h1>
        <problem-box :problem="problem"></problem-box>
        <div class="card" id="welcome">
          <h2>{{ $t('欢迎，', 'Welcome, ') }}{{ Anlan.me.username }}</h2>
          <p>{{ $t('角色：', 'Role: ') }}{{ roles }}
            <span v-if="!Anlan.me.mayChange" class="badge">{{ $t('只读', 'read-only') }}</span></p>
          <p v-if="detail">{{ $t('管辖范围：', 'Your area: ') }}<strong>{{ detail.area.name }}</strong>
            <span class="muted"> ({{ detail.area.code }})</span></p>
        </div>
        <div class="cards" v-if="detail">
          <div class="card" v-if="detail.area.level === 'DISTRICT'"><div class="muted">{{ $t('镇街', 'Towns') }}</div><div class="stat" id="count-towns">{{ detail.towns }}</div></div>
          <div class="card"><div class="muted">{{ $t('村社', 'Villages & communities') }}</div><div class="stat" id="count-villages">{{ detail.villages }}</div></div>
        </div>
        <div class="cards">
          <a class="card" href="#/map"><h3>{{ $t('一张图', 'Map') }} &rarr;</h3><p class="muted">{{ $t('区界、镇街估算范围与村社示意位置。', 'District outline, estimated town areas, schematic village positions.') }}</p></a>
          <a class="card" href="#/area"><h3>{{ $t('行政区划', 'Areas') }} &rarr;</h3><p class="muted">{{ $t('镇街与村社的区划树。', 'The tree of towns and villages.') }}</p></a>
          <a class="card" href="#/directory/people"><h3>{{ $t('通讯录与责任', 'Directory & duties') }} &rarr;</h3><p class="muted">{{ $t('人员、单位与责任人。', 'People, units and who is responsible.') }}</p></a>
        </div>
        <div class="card" id="responsibility-changes">
          <h3>{{ $t('最近的责任分工变更', 'Recent responsibility changes') }}</h3>
          <p v-if="!changes.length" class="muted">{{ $t('尚无通过平台做出的变更（演示数据不计）。', 'No changes made through the platform yet (the demo data does not count).') }}</p>
          <div v-else class="table-wrap"><table class="table">
            <thead><tr><th>{{ $t('时间', 'Time') }}</th><th>{{ $t('区域', 'Area') }}</th><th>{{ $t('角色', 'Role') }}</th><th>{{ $t('人员', 'Person') }}</th></tr></thead>
            <tbody><tr v-for="c in changes" :key="c.assignmentId">
              <td>{{ Anlan.formatTime(c.changedAt) }}</td>
              <td><a :href="'#/area/' + c.areaCode">{{ c.areaCode }}</a></td>
              <td>{{ c.roleCode }}</td>
              <td><a :href="'#/directory/people/' + c.personId">#{{ c.personId }}</a></td>
            </tr></tbody>
          </table></div>
        </div>
        <div class="card notice">
          {{ $t('全区汇总（值班、预警、险情等读模型）将随后续模块提供；目前只有责任分工变更一项。',
                'District-wide summaries (duty, warnings, incidents) come with later modules; for now only responsibility changes are shown.') }}
        </div>
      </div>`,
  };

  Anlan.register({ path: '/', group: 'dashboard', title: ['总览', 'Overview'], order: 0, component: Dashboard });
})();
