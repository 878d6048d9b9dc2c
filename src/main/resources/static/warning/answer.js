// 一键确认: the page behind an answer link (/a/<token>). No login: the token in the address is the credential.
(function () {
  'use strict';
  const token = location.pathname.split('/').filter(Boolean).pop();
  const T = {
    zh: {
      title: '确认收到预警', by: '请于 {0} 前确认', you: '接收人', as: '身份', instructions: '防御措施',
      feedback: '情况反馈（可选）', feedbackHint: '例如：已组织转移 35 人；本村无险情', confirm: '收到，确认',
      answered: '已确认收到 ✓', answeredAt: '确认时间', answeredBy: '确认人', more: '补充反馈', send: '提交反馈',
      expired: '链接已过期，请回复短信或登录平台确认。', closed: '该预警已更新或解除，本次叫应已结束。',
      unknown: '链接无效。请使用短信或邮件中的完整链接。', failed: '提交失败，请重试或回复短信确认：',
      lifted: '预警已解除', late: '（已超过确认时限）',
      levels: { RED: '红色预警', ORANGE: '橙色预警', YELLOW: '黄色预警', BLUE: '蓝色预警' }
    },
    en: {
      title: 'Confirm you received the warning', by: 'Please confirm by {0}', you: 'Recipient', as: 'As',
      instructions: 'Measures', feedback: 'Report (optional)', feedbackHint: 'e.g. 35 people moved; no danger here',
      confirm: 'Received — confirm', answered: 'Confirmed ✓', answeredAt: 'Confirmed at', answeredBy: 'By',
      more: 'Add a report', send: 'Send report', expired: 'This link has expired. Reply to the SMS or log in.',
      closed: 'The warning was updated or lifted; this call is over.', unknown: 'This link is not valid.',
      failed: 'Could not send, try again or reply to the SMS: ', lifted: 'Warning lifted', late: ' (after the deadline)',
      levels: { RED: 'Red warning', ORANGE: 'Orange warning', YELLOW: 'Yellow warning', BLUE: 'Blue warning' }
    }
  };
  let lang = localStorage.getItem('anlan.lang') === 'en' ? 'en' : 'zh'; // Simplified Chinese unless English was chosen
  let state = null;
  const root = document.getElementById('answer');
  const t = (k) => T[lang][k];
  const fmt = (iso) => iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }) : '';
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  async function call(method, body) {
    const res = await fetch('/api/v1/answers/' + encodeURIComponent(token), {
      method, headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'Accept-Language': lang === 'en' ? 'en' : 'zh-CN' },
      body: body ? JSON.stringify(body) : undefined, credentials: 'omit'
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const err = new Error(json.detail || res.statusText);
      err.code = json.code;
      err.status = res.status;
      throw err;
    }
    return json;
  }

  function render(message) {
    const head = '<div class="lang"><button type="button" data-lang="zh">中文</button>|<button type="button" data-lang="en">English</button></div>';
    if (!state) {
      root.innerHTML = head + '<p class="bad" id="answer-problem">' + esc(message || t('unknown')) + '</p>';
      return bindLang();
    }
    const s = state;
    let html = head + '<span class="level level-' + esc(s.level) + '">' + esc(t('levels')[s.level] || s.level) + '</span>'
      + '<h1 id="answer-title">' + esc(s.title) + '</h1>'
      + (s.body ? '<p>' + esc(s.body) + '</p>' : '')
      + (s.instructions ? '<p><b>' + t('instructions') + '：</b>' + esc(s.instructions) + '</p>' : '')
      + '<p class="muted">' + t('you') + '：' + esc(s.name) + (s.as ? ' · ' + esc(s.as) : '') + '</p>';
    if (s.status === 'ANSWERED') {
      html += '<p class="done" id="answer-done">' + t('answered') + '</p><p class="muted">' + t('answeredAt') + '：' + fmt(s.answeredAt)
        + ' · ' + t('answeredBy') + '：' + esc(s.answeredBy) + '</p>'
        + (s.feedback ? '<p id="answer-feedback">' + esc(s.feedback) + '</p>'
          : '<label for="fb">' + t('more') + '</label><textarea id="fb" placeholder="' + esc(t('feedbackHint')) + '"></textarea>'
            + '<button class="btn" id="send">' + t('send') + '</button>');
    } else if (s.status === 'CLOSED' || s.warningStatus === 'LIFTED') {
      html += '<p class="bad">' + (s.warningStatus === 'LIFTED' ? t('lifted') + '。' : '') + t('closed') + '</p>';
    } else if (s.linkExpired) {
      html += '<p class="bad">' + t('expired') + '</p>';
    } else {
      html += '<p><b>' + t('by').replace('{0}', fmt(s.dueAt)) + (s.status === 'UNANSWERED' ? t('late') : '') + '</b></p>'
        + '<label for="fb">' + t('feedback') + '</label><textarea id="fb" placeholder="' + esc(t('feedbackHint')) + '"></textarea>'
        + '<button class="btn btn-primary" id="confirm">' + t('confirm') + '</button>';
    }
    if (message) {
      html += '<p class="bad" id="answer-problem">' + esc(message) + '</p>';
    }
    root.innerHTML = html;
    const send = async () => {
      const fb = document.getElementById('fb');
      try {
        state = await call('POST', { feedback: fb && fb.value.trim() ? fb.value.trim() : null });
        render();
      } catch (e) {
        render(t('failed') + e.message);
      }
    };
    ['confirm', 'send'].forEach((id) => { const b = document.getElementById(id); if (b) b.onclick = send; });
    bindLang();
  }

  function bindLang() {
    root.querySelectorAll('[data-lang]').forEach((b) => b.onclick = () => {
      lang = b.dataset.lang;
      localStorage.setItem('anlan.lang', lang);
      document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
      document.title = t('title') + ' · 安澜 Anlan';
      render();
    });
  }

  call('GET').then((s) => { state = s; render(); }).catch((e) => render(e.message));
})();
