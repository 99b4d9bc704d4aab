import { describe, expect, it } from 'vitest';
import { describeFailure, setupFailure } from './failures.js';
import { WidgetRequestError } from './request.js';

describe('describeFailure', () => {
  const api = { en: 'Processor shop has not published a notice yet', zh: '处理者 shop 尚未发布处理规则' };

  it("shows the API's own message when the notice cannot be loaded", () => {
    expect(describeFailure(new WidgetRequestError(409, 'NOTICE_NOT_PUBLISHED', api), 'load')).toEqual({
      code: 'NOTICE_NOT_PUBLISHED',
      status: 409,
      message: api,
    });
  });

  it('says the choices were not recorded when the API refused them, in both languages', () => {
    const detail = describeFailure(new WidgetRequestError(400, 'CONSENT_SUBJECT_INVALID', api), 'submit');
    expect(detail.message.en).toBe(`Your choices were not recorded: ${api.en}`);
    expect(detail.message.zh).toBe(`您的选择未被记录：${api.zh}`);
  });

  it('tells an unreachable PISA and an answer of another shape apart', () => {
    expect(describeFailure(new TypeError('Failed to fetch'), 'submit')).toMatchObject({ code: 'NETWORK', status: 0 });
    expect(describeFailure(new WidgetRequestError(0, 'NETWORK', null), 'load').message.zh).toMatch(/无法连接 PISA/);
    expect(describeFailure(new WidgetRequestError(200, 'RESPONSE_INVALID', null), 'load').message.en).toBe('The privacy notice could not be loaded.');
  });
});

describe('setupFailure', () => {
  it('names what the site left out', () => {
    const detail = setupFailure(['key', 'subject']);
    expect(detail).toMatchObject({ code: 'SETUP_INVALID', status: 0 });
    expect(detail.message.en).toContain('(key, subject)');
    expect(detail.message.zh).toContain('（key, subject）');
  });
});
