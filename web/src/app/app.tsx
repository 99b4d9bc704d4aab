import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useLanguage } from '../lib/i18n';
import { AppShell } from './app-shell';
import './app.css';

const ANTD_LOCALES = { en: enUS, 'zh-CN': zhCN } as const;

/** Providers (antd locale follows the UI language) around the shell. */
export function App() {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={{ token: { colorPrimary: '#1f5fa8', borderRadius: 6 } }}>
      <AntApp>
        <AppShell />
      </AntApp>
    </ConfigProvider>
  );
}
