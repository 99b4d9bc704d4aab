/** What a shell reports for a process ended by the signal: 128 + its number. */
const EXIT_CODE: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Resolves at the first SIGINT or SIGTERM, so the caller can shut down cleanly. A second one while
 * it still shuts down ends the process at once (exit 130 or 143), so a shutdown that hangs (a
 * database that does not close, a job that does not finish) can always be ended with a second
 * Ctrl-C instead of kill -9. Ending early loses nothing acknowledged: every store commits before
 * it answers (the consent crash test kills the server with -9 under load).
 */
export function untilStopSignal(write: (text: string) => void = (text) => process.stderr.write(text)): Promise<'SIGINT' | 'SIGTERM'> {
  return new Promise((resolve) => {
    const force = (signal: 'SIGINT' | 'SIGTERM') => {
      write(`pisa: ${signal} again while shutting down: stopping now\n`);
      process.exit(EXIT_CODE[signal]);
    };
    const first = (signal: 'SIGINT' | 'SIGTERM') => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      resolve(signal);
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}
