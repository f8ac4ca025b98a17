/**
 * The server's log: one line per event, with room labels and reasons only. Nothing
 * a browser sent (secrets, names, text) is ever written to it.
 */
export interface LiveLog {
  info(event: string, details?: Record<string, string | number>): void;
  warn(event: string, details?: Record<string, string | number>): void;
}

function line(level: string, event: string, details: Record<string, string | number> = {}) {
  const parts = Object.entries(details).map(([key, value]) => `${key}=${value}`);
  return [new Date().toISOString(), level, event, ...parts].join(' ');
}

export const consoleLog: LiveLog = {
  info: (event, details) => console.log(line('info', event, details)),
  warn: (event, details) => console.warn(line('warn', event, details)),
};

export const silentLog: LiveLog = { info: () => {}, warn: () => {} };
