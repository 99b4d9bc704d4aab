import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { cspNonce } from '../lib/csp-nonce';
import { useLanguage } from '../lib/i18n';
import { AppShell } from './app-shell';
import './app.css';

const ANTD_LOCALES = { en: enUS, 'zh-CN': zhCN } as const;
/** Read once: the page's nonce does not change while it is open. */
const NONCE = cspNonce();
const CSP = NONCE === undefined ? {} : { nonce: NONCE };

/** Providers (antd locale follows the UI language) around the shell. */
export function App() {
  const { language } = useLanguage();
  return (
    <ConfigProvider csp={CSP} locale={ANTD_LOCALES[language]} theme={{ token: { colorPrimary: '#1f5fa8', borderRadius: 6 } }}>
      <AntApp>
        <AppShell />
      </AntApp>
    </ConfigProvider>
  );
}
