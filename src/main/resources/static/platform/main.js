/*
 * The shell: loads who is logged in and the map settings, then mounts the Vue app with
 * a header, the navigation built from the registered pages, and the current route.
 */
(function () {
  'use strict';
  const { createApp, computed, ref, watch } = Vue;

  const NotFound = {
    props: ['params', 'query'],
    template: `
      <div class="card">
        <h1>404</h1>
        <p>{{ $t('没有这个页面：', 'There is no such page: ') }}<code>{{ Anlan.route.path }}</code></p>
        <p><a href="#/">{{ $t('返回总览', 'Back to the overview') }}</a></p>
      </div>`,
  };

  const Shell = {
    setup() {
      const navOpen = ref(false);
      const route = Anlan.route;
      const groups = computed(() => Anlan.groups
        .map((g) => ({
          ...g,
          pages: Anlan.pages.filter((p) => p.group === g.id && !p.hidden && Anlan.visible(p))
            .sort((a, b) => a.order - b.order),
        }))
        .filter((g) => g.pages.length));
      const current = computed(() => (route.page && Anlan.visible(route.page) ? route.page.component : NotFound));
      const fullBleed = computed(() => !!(route.page && route.page.component.fullBleed));
      const roles = computed(() => (Anlan.me.roles || []).map(Anlan.roleName).join('、'));
      watch(() => route.key, () => { navOpen.value = false; });
      watch(() => [route.page, Anlan.lang], () => {
        const p = route.page;
        document.title = (p ? Anlan.t(p.title[0], p.title[1]) + ' · ' : '') + Anlan.t('安澜', 'Anlan');
      }, { immediate: true });

      function isActive(page) {
        if (route.page === page) return true;
        return !!(route.page && route.page.hidden && page.path !== '/' && route.path.startsWith(page.path + '/'));
      }

      function logout() {
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = '/logout';
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = '_csrf';
        field.value = Anlan.cookie('XSRF-TOKEN') || '';
        form.appendChild(field);
        // Spring's SPA CSRF mode checks the header for fetch calls; a plain form post needs the field.
        fetch('/logout', {
          method: 'POST', credentials: 'same-origin', redirect: 'manual',
          headers: { 'X-XSRF-TOKEN': field.value },
        }).then(() => { window.location.href = '/login?logout'; })
          .catch(() => { document.body.appendChild(form); form.submit(); });
      }

      function setLang(lang) {
        Anlan.lang = lang;
      }

      return { navOpen, groups, current, route, roles, isActive, logout, setLang, fullBleed };
    },
    template: `
      <header class="shell-header">
        <button class="nav-toggle" @click="navOpen = !navOpen" :aria-label="$t('菜单', 'Menu')">&#9776;</button>
        <a class="brand" href="#/">安澜 <small>Anlan</small></a>
        <span class="spacer"></span>
        <span class="user" id="current-user">{{ Anlan.me.username }}<span class="role">{{ roles }}</span></span>
        <span class="lang">
          <button :class="{active: Anlan.lang === 'zh'}" @click="setLang('zh')" id="lang-zh">中文</button>|<button
                  :class="{active: Anlan.lang === 'en'}" @click="setLang('en')" id="lang-en">English</button>
        </span>
        <button class="btn btn-small" id="logout" @click="logout">{{ $t('退出', 'Log out') }}</button>
      </header>
      <div class="shell-body">
        <nav class="shell-nav" :class="{open: navOpen}">
          <div class="group" v-for="g in groups" :key="g.id">
            <div class="group-title">{{ $t(g.title[0], g.title[1]) }}</div>
            <a v-for="p in g.pages" :key="p.path" :href="'#' + p.path" :class="{active: isActive(p)}">{{ $t(p.title[0], p.title[1]) }}</a>
          </div>
        </nav>
        <main class="shell-main" :class="{full: fullBleed}">
          <component :is="current" :key="route.path" :params="route.params" :query="route.query"></component>
        </main>
      </div>`,
  };

  async function start() {
    try {
      const [me, config] = await Promise.all([Anlan.api.get('/api/v1/me'), Anlan.api.get('/api/v1/ui/config')]);
      Object.assign(Anlan.me, me);
      Object.assign(Anlan.config, config);
    } catch (e) {
      if (e.status !== 401) {
        document.getElementById('app').innerHTML = '<div class="card problem" style="margin:20px">安澜无法启动 / Anlan could not start: '
          + String(e.message).replace(/</g, '&lt;') + '</div>';
      }
      return;
    }
    Anlan.resolve();
    const app = createApp(Shell);
    app.config.globalProperties.$t = Anlan.t;
    app.config.globalProperties.Anlan = Anlan;
    Object.entries(Anlan.components).forEach(([name, def]) => app.component(name, def));
    app.config.errorHandler = (err) => { console.error(err); };
    app.mount('#app');
    window.__anlanReady = true;
  }

  start();
})();
