import type { MessageTemplate, OutgoingMessage, SecurityEvent } from './outbox.js';

/** A message as a mail or SMS gateway sends it: one subject and a plain-text body in Chinese and English. */
export type RenderedMessage = { readonly subject: string; readonly text: string };

export type RenderOptions = {
  /** Where people reach the web app (https://pisa.example), for links; without it the texts name the page instead. */
  readonly publicUrl: string | null;
};

type Bilingual = { readonly zh: string; readonly en: string };

const SECURITY_EVENTS: Record<SecurityEvent, Bilingual> = {
  password_changed: { zh: '您的密码已修改。', en: 'Your password was changed.' },
  password_reset: { zh: '您的密码已通过重置链接重新设置，所有会话均已退出。', en: 'Your password was reset with a reset link; every session was signed out.' },
  totp_enabled: { zh: '您的账号已绑定身份验证器。', en: 'An authenticator app was enrolled for your account.' },
  totp_disabled: { zh: '您的账号已解除身份验证器绑定。', en: 'The authenticator app was removed from your account.' },
  recovery_codes_generated: { zh: '您的恢复码已重新生成，旧的恢复码已失效。', en: 'New recovery codes were generated; the old ones no longer work.' },
  recovery_code_used: { zh: '有人使用一个恢复码登录了您的账号。', en: 'One of your recovery codes was used to sign in.' },
};

const NOT_YOU: Bilingual = {
  zh: '如果这不是您本人的操作，请立即重置密码并联系协会。',
  en: 'If this was not you, reset your password now and contact the Association.',
};

const param = (message: OutgoingMessage, name: string): string => message.params[name] ?? '';

/** "https://pisa.example/reset-password#token=..." (a fragment: the token never reaches server logs or referrers), or the path alone. */
function link(options: RenderOptions, path: string, fragment: string): string {
  const base = options.publicUrl?.replace(/\/+$/, '') ?? '';
  return `${base}${path}#${fragment}`;
}

function bodyOf(template: MessageTemplate, message: OutgoingMessage, options: RenderOptions): { subject: Bilingual; lines: Bilingual[] } {
  switch (template) {
    case 'verify_identifier':
      return {
        subject: { zh: 'PISA 验证码', en: 'Your PISA verification code' },
        lines: [{ zh: `您的验证码是 ${param(message, 'code')}，15 分钟内有效。`, en: `Your code is ${param(message, 'code')}. It works for 15 minutes.` }],
      };
    case 'account_exists':
      return {
        subject: { zh: 'PISA 账号已存在', en: 'Your PISA account already exists' },
        lines: [
          { zh: '有人尝试用此地址注册 PISA，但该地址已有账号。', en: 'Someone tried to register with this address, which already has a PISA account.' },
          { zh: '如忘记密码，可在登录页选择“忘记密码”。', en: 'If you forgot your password, choose "Forgot password" on the sign-in page.' },
        ],
      };
    case 'invitation':
      return {
        subject: { zh: 'PISA 邀请', en: 'An invitation to PISA' },
        lines: [
          {
            zh: `您被邀请以 ${param(message, 'role')} 身份加入 ${param(message, 'organisation')}。邀请码：${param(message, 'token')}`,
            en: `You are invited to ${param(message, 'organisation')} as ${param(message, 'role')}. Invitation token: ${param(message, 'token')}`,
          },
        ],
      };
    case 'password_reset': {
      const url = link(options, '/reset-password', `token=${param(message, 'token')}`);
      return {
        subject: { zh: '重置 PISA 密码', en: 'Reset your PISA password' },
        lines: [
          {
            zh: `请在 ${param(message, 'minutes')} 分钟内打开以下链接设置新密码（仅可使用一次）：${url}`,
            en: `Open this link within ${param(message, 'minutes')} minutes to choose a new password (it works once): ${url}`,
          },
          { zh: '如果您没有申请重置密码，请忽略此邮件。', en: 'If you did not ask for this, ignore this message.' },
        ],
      };
    }
    case 'security_notice': {
      const event = SECURITY_EVENTS[param(message, 'event') as SecurityEvent] ?? {
        zh: '您的账号安全设置已更改。',
        en: 'A security setting of your account changed.',
      };
      return { subject: { zh: 'PISA 账号安全通知', en: 'PISA account security notice' }, lines: [event, NOT_YOU] };
    }
  }
}

/**
 * The subject and plain-text body of an outgoing message, Chinese first then English (PISA does
 * not know the recipient's language before they sign in). Pure, so every transport renders alike.
 */
export function renderMessage(message: OutgoingMessage, options: RenderOptions): RenderedMessage {
  const { subject, lines } = bodyOf(message.template, message, options);
  return {
    subject: `${subject.zh} / ${subject.en}`,
    text: `${lines.map((l) => l.zh).join('\n')}\n\n${lines.map((l) => l.en).join('\n')}\n\n— PISA\n`,
  };
}
