import { Button } from 'antd';
import { PUBLIC_PATHS } from '../config/paths';
import { navigate } from '../lib/use-route';

/** A primary button back to the rules catalogue, navigating in place (no page reload). */
export function BackToPublicButton({ label }: { label: string }) {
  return (
    <Button
      type="primary"
      href={PUBLIC_PATHS.rules}
      onClick={(event) => {
        event.preventDefault();
        navigate(PUBLIC_PATHS.rules);
      }}
    >
      {label}
    </Button>
  );
}
