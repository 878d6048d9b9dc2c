/*
 * 接入死信 (dead letters, #/monitoring/dead-letters): what MQTT ingest refused — a malformed message or
 * a refused item — newest first, with the reason and the start of the payload. District users only
 * (a message may name no known station); others get the server's 403.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A || !A.monitoring) return;
  const M = A.monitoring;

  A.register({
    path: '/monitoring/dead-letters', group: 'monitoring', title: ['接入死信', 'Dead letters'], order: 40,
    // town and village officers never have the district in scope
    roles: ['DISTRICT_ADMIN', 'DUTY_OFFICER', 'DEPARTMENT_USER', 'LEADER'],
    component: {
      props: ['params', 'query'],
      data: () => ({ rows: [], problem: null, limit: 200, loaded: false, open: null }),
      template: `<div>
        <h1>{{ $t('接入死信', 'Dead letters') }}</h1>
        <p class="muted">{{ $t('MQTT 接入拒收的消息和数据项及原因；没有任何数据被悄悄丢弃。', 'MQTT messages and items ingest refused, with the reason; nothing is dropped silently.') }}</p>
        <div class="toolbar">
          <select id="dead-limit" v-model.number="limit" @change="load"><option :value="50">50</option><option :value="200">200</option><option :value="1000">1000</option></select>
          <button type="button" id="dead-reload" class="btn btn-small" @click="load">{{ $t('刷新', 'Reload') }}</button>
        </div>
        <problem-box :problem="problem"></problem-box>
        <p v-if="loaded && !rows.length && !problem" class="muted" id="dead-empty">{{ $t('没有死信。', 'No dead letters.') }}</p>
        <div class="table-wrap" v-if="rows.length"><table class="table" id="dead-table">
          <thead><tr><th>{{ $t('时间', 'Received') }}</th><th class="hide-phone">{{ $t('通道', 'Channel') }}</th><th>{{ $t('主题 / 监测站', 'Topic / station') }}</th>
            <th>{{ $t('原因', 'Reason') }}</th><th class="hide-phone">{{ $t('内容', 'Payload') }}</th></tr></thead>
          <tbody><tr v-for="d in rows" :key="d.id" :data-id="d.id" :data-code="d.code">
            <td class="nowrap">{{ A.formatTime(d.receivedAt) }}</td><td class="hide-phone">{{ d.channel }}</td>
            <td><code>{{ d.topic }}</code><div v-if="d.stationCode">{{ d.stationCode }}<span v-if="d.itemIndex != null" class="muted"> #{{ d.itemIndex }}</span></div></td>
            <td>{{ d.detail }} <div class="muted small"><code>{{ d.code }}</code></div></td>
            <td class="hide-phone"><button v-if="d.payload" type="button" class="btn-link small" @click="open = open === d.id ? null : d.id">{{ open === d.id ? $t('收起', 'hide') : $t('查看', 'show') }}</button>
              <pre v-if="open === d.id" class="dead-payload">{{ d.payload }}</pre></td></tr></tbody>
        </table></div>
      </div>`,
      created() { this.A = A; this.load(); },
      methods: {
        async load() {
          try {
            this.rows = await A.api.get('/api/v1/ingest/dead-letters', { limit: this.limit });
            this.problem = null;
          } catch (e) {
            this.rows = [];
            this.problem = M.problemOf(e);
          }
          this.loaded = true;
        },
      },
    },
  });
})();
