/*
 * 消息记录 (message log, #/warning/messages): every message the platform sent or tried to send — in-app, SMS,
 * e-mail, voice — newest first, by state, channel and text, with the counts per channel and state; one message's
 * attempts, receipts and re-sends; 重发 for a FAILED one. District duty officers and admins only (a message has no
 * area to scope it by); the one-click answer tokens come masked from the server.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A) return;
  const STATES = { QUEUED: ['排队', 'Queued'], SENT: ['已发出', 'Sent'], DELIVERED: ['已送达', 'Delivered'], FAILED: ['失败', 'Failed'] };
  const CHANNELS = { IN_APP: ['站内', 'In-app'], SMS: ['短信', 'SMS'], EMAIL: ['邮件', 'E-mail'], VOICE: ['语音', 'Voice'] };
  const label = (map, code) => (map[code] ? A.t(map[code][0], map[code][1]) : code || '');

  A.register({
    path: '/warning/messages', group: 'warning', title: ['消息记录', 'Message log'], order: 40,
    roles: ['DISTRICT_ADMIN', 'DUTY_OFFICER'],
    component: {
      props: ['params', 'query'],
      data: () => ({ rows: [], counts: null, problem: null, state: '', channel: '', q: '', loaded: false, open: null, detail: null, busy: false }),
      template: `<div>
        <h1>{{ $t('消息记录', 'Message log') }}</h1>
        <p class="muted">{{ $t('平台发出或尝试发出的每条消息（站内、短信、邮件、语音）及每次尝试；发送失败的可重发。一键叫应链接已隐去。', 'Every message the platform sent or tried to send (in-app, SMS, e-mail, voice) with each attempt; a failed one can be re-sent. One-click answer links are masked.') }}</p>
        <table v-if="counts" class="table" id="message-counts"><thead><tr><th></th><th v-for="(l, s) in STATES" :key="s">{{ $t(l[0], l[1]) }}</th></tr></thead>
          <tbody><tr v-for="(byState, c) in counts" :key="c"><th>{{ label(CHANNELS, c) }}</th>
            <td v-for="(l, s) in STATES" :key="s" :class="{ danger: s === 'FAILED' && byState[s] > 0 }">{{ byState[s] }}</td></tr></tbody></table>
        <div class="toolbar">
          <select id="message-state" v-model="state" @change="load"><option value="">{{ $t('全部状态', 'Every state') }}</option>
            <option v-for="(l, s) in STATES" :key="s" :value="s">{{ $t(l[0], l[1]) }}</option></select>
          <select id="message-channel" v-model="channel" @change="load"><option value="">{{ $t('全部渠道', 'Every channel') }}</option>
            <option v-for="(l, c) in CHANNELS" :key="c" :value="c">{{ $t(l[0], l[1]) }}</option></select>
          <input id="message-q" v-model="q" @keyup.enter="load" :placeholder="$t('姓名、号码、地址或关联号', 'Name, number, address or correlation')">
          <button type="button" id="message-reload" class="btn btn-small" @click="load">{{ $t('查询', 'Search') }}</button>
        </div>
        <problem-box :problem="problem"></problem-box>
        <p v-if="loaded && !rows.length && !problem" class="muted" id="message-empty">{{ $t('没有消息。', 'No messages.') }}</p>
        <div class="table-wrap" v-if="rows.length"><table class="table" id="message-table">
          <thead><tr><th>{{ $t('排队时间', 'Queued') }}</th><th>{{ $t('渠道', 'Channel') }}</th><th>{{ $t('收件人', 'To') }}</th>
            <th>{{ $t('状态', 'State') }}</th><th class="hide-phone">{{ $t('尝试', 'Tries') }}</th><th class="hide-phone">{{ $t('说明', 'Detail') }}</th><th></th></tr></thead>
          <tbody><template v-for="m in rows" :key="m.id"><tr :data-id="m.id" :data-state="m.state" class="message-row">
            <td class="nowrap">{{ A.formatTime(m.queuedAt) }}</td><td>{{ label(CHANNELS, m.channel) }}</td>
            <td>{{ m.name }} <span class="muted small">{{ m.address }}</span></td>
            <td><span :class="{ danger: m.state === 'FAILED' }">{{ label(STATES, m.state) }}</span> <span class="muted small">{{ A.formatTime(m.at) }}</span></td>
            <td class="hide-phone">{{ m.attempts }}</td><td class="hide-phone small">{{ m.lastError || m.receipt || '' }}</td>
            <td class="nowrap"><button type="button" class="btn-link small message-open" @click="toggle(m)">{{ open === m.id ? $t('收起', 'hide') : $t('详情', 'details') }}</button>
              <button v-if="m.state === 'FAILED' && A.me.mayChange" type="button" class="btn btn-small message-resend" :disabled="busy" @click="resend(m)">{{ $t('重发', 'Re-send') }}</button></td></tr>
            <tr v-if="open === m.id && detail" class="message-detail"><td colspan="7">
              <div class="small"><strong>{{ m.subject }}</strong> <code>{{ m.correlation }}</code></div>
              <pre class="dead-payload">{{ m.text }}</pre>
              <table class="table"><thead><tr><th>#</th><th>{{ $t('时间', 'At') }}</th><th>{{ $t('结果', 'Outcome') }}</th><th>{{ $t('说明', 'Detail') }}</th></tr></thead>
                <tbody><tr v-for="(a, i) in detail.attempts" :key="i" class="message-attempt"><td>{{ a.attempt }}</td><td class="nowrap">{{ A.formatTime(a.at) }}</td><td>{{ a.outcome }}</td><td class="small">{{ a.detail }}</td></tr></tbody></table>
            </td></tr></template></tbody>
        </table></div>
      </div>`,
      created() { this.A = A; this.STATES = STATES; this.CHANNELS = CHANNELS; this.load(); },
      methods: {
        label,
        async load() {
          try {
            const params = { limit: 200 };
            if (this.state) params.state = this.state;
            if (this.channel) params.channel = this.channel;
            if (this.q) params.q = this.q;
            [this.rows, this.counts] = await Promise.all([A.api.get('/api/v1/messaging/messages', params), A.api.get('/api/v1/messaging/messages/counts')]);
            this.problem = null;
          } catch (e) {
            this.rows = [];
            this.problem = e.problem;
          }
          this.loaded = true;
        },
        async toggle(m) {
          if (this.open === m.id) { this.open = null; return; }
          try { this.detail = await A.api.get('/api/v1/messaging/messages/' + m.id); this.open = m.id; } catch (e) { this.problem = e.problem; }
        },
        async resend(m) {
          this.busy = true;
          try {
            this.detail = await A.api.post('/api/v1/messaging/messages/' + m.id + '/resend');
            this.open = m.id;
            Object.assign(m, this.detail.message);
            this.problem = null;
          } catch (e) { this.problem = e.problem; }
          this.busy = false;
        },
      },
    },
  });
})();
