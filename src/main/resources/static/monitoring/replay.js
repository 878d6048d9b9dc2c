/*
 * 暴雨回放 (demo): `<storm-replay>` starts and stops the replay of a real storm onto the synthetic demo rain
 * gauges (POST/DELETE /api/v1/monitoring/replay) and shows its progress. Shown to district duty officers and
 * administrators; the server checks again. On the alarm list's toolbar.
 */
(function () {
  'use strict';
  const A = window.Anlan;
  if (!A || !A.monitoring) return;

  A.component('storm-replay', {
    data() {
      return { status: null, problem: null, busy: false };
    },
    computed: {
      allowed() {
        return A.me.mayChange && (A.me.roles || []).some((r) => r === 'DISTRICT_ADMIN' || r === 'DUTY_OFFICER');
      },
    },
    template: `<span v-if="allowed" class="storm-replay" id="storm-replay" :data-running="status && status.running">
      <button v-if="!status || !status.running" type="button" class="btn btn-small" id="replay-start" :disabled="busy" @click="start"
        :title="$t('把真实暴雨过程（碧流河流域 2020 年）按每小时 5 秒回放到演示雨量站', 'Replays a real storm (Biliuhe basin, 2020) onto the demo rain gauges, one hour every 5 s')">
        {{ $t('▶ 暴雨回放（演示）', '▶ Storm replay (demo)') }}</button>
      <template v-else>
        <span class="muted small" id="replay-progress">{{ $t('回放中', 'Replaying') }} {{ status.hour }}/{{ status.hours }} h</span>
        <button type="button" class="btn btn-small" id="replay-stop" :disabled="busy" @click="stop">{{ $t('停止', 'Stop') }}</button>
      </template>
      <problem-box :problem="problem"></problem-box>
    </span>`,
    created() {
      if (this.allowed) this.poll();
    },
    beforeUnmount() {
      clearTimeout(this.timer);
    },
    methods: {
      async poll() {
        try {
          this.status = await A.api.get('/api/v1/monitoring/replay');
        } catch (e) {
          this.status = null;
        }
        clearTimeout(this.timer);
        if (this.status && this.status.running) this.timer = setTimeout(() => this.poll(), 2000);
      },
      async start() {
        await this.call(() => A.api.post('/api/v1/monitoring/replay', { dataset: '2020', hours: 48, secondsPerHour: 5 }));
      },
      async stop() {
        await this.call(() => A.api.del('/api/v1/monitoring/replay'));
      },
      async call(work) {
        this.busy = true;
        this.problem = null;
        try {
          this.status = await work();
          this.poll();
        } catch (e) {
          this.problem = A.monitoring.problemOf(e);
        } finally {
          this.busy = false;
        }
      },
    },
  });
})();
