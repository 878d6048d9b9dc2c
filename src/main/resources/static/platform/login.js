/* The login page: two languages, the CSRF token from the XSRF-TOKEN cookie, ?error and ?logout notes. */
(function () {
  'use strict';
  const TEXT = {
    zh: {
      subtitle: '潼南区应急管理平台', username: '用户名', password: '密码', submit: '登录',
      error: '用户名或密码不正确，或登录失败次数过多，请稍后再试。', logout: '您已退出登录。', title: '登录 · 安澜 Anlan',
    },
    en: {
      subtitle: 'Emergency management platform of Tongnan District', username: 'User name', password: 'Password', submit: 'Log in',
      error: 'Wrong user name or password, or too many attempts; please try again later.', logout: 'You have logged out.', title: 'Log in · Anlan 安澜',
    },
  };
  let lang = localStorage.getItem('anlan.lang') === 'en' ? 'en' : 'zh';

  function cookie(name) {
    const hit = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
    return hit ? decodeURIComponent(hit.substring(name.length + 1)) : null;
  }

  function apply() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = TEXT[lang].title;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = TEXT[lang][el.dataset.i18n]; });
    document.querySelectorAll('[data-lang]').forEach((b) => b.classList.toggle('active', b.dataset.lang === lang));
  }

  async function ensureToken() {
    let token = cookie('XSRF-TOKEN');
    if (!token) {
      await fetch('/login', { method: 'GET', credentials: 'same-origin' });
      token = cookie('XSRF-TOKEN');
    }
    document.getElementById('csrf').value = token || '';
    return token;
  }

  document.querySelectorAll('[data-lang]').forEach((b) => b.addEventListener('click', () => {
    lang = b.dataset.lang;
    localStorage.setItem('anlan.lang', lang);
    apply();
  }));

  const params = new URLSearchParams(window.location.search);
  document.getElementById('login-error').hidden = !params.has('error');
  document.getElementById('login-logout').hidden = !params.has('logout');
  apply();
  ensureToken();

  // Submit with fetch so the token travels as the X-XSRF-TOKEN header (Spring's SPA CSRF mode);
  // the hidden _csrf field keeps a plain form post working if fetch is unavailable.
  const form = document.getElementById('login-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = document.getElementById('login-submit');
    button.disabled = true;
    try {
      const token = await ensureToken();
      const body = new URLSearchParams();
      body.set('username', document.getElementById('username').value);
      body.set('password', document.getElementById('password').value);
      const res = await fetch('/login', {
        method: 'POST', credentials: 'same-origin', body,
        headers: { 'X-XSRF-TOKEN': token || '', 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
      });
      const target = new URL(res.url, window.location.href);
      if (target.pathname === '/login' || !res.ok) {
        window.location.href = '/login?error';
      } else {
        window.location.href = '/' + window.location.hash;
      }
    } catch (e) {
      button.disabled = false;
      form.submit();
    }
  });
})();
