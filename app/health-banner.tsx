'use client';

import { useEffect, useState } from 'react';

/** How often the banner asks /api/health while the page is visible. */
const POLL_MS = 10_000;
const NAMES: Record<string, string> = { neo4j: 'The graph database (Neo4j)', nlp: 'The language service', app: 'The app server' };

type HealthBody = { components?: Record<string, { state?: string }> };

/**
 * A status line shown only while a part of newsgraph is down: what is down, and that it comes back by itself
 * (a local Neo4j is restarted, and the app reconnects). Polls only while the tab is visible.
 */
export function HealthBanner() {
  const [down, setDown] = useState<string[]>([]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const check = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const body = (await (await fetch('/api/health', { cache: 'no-store' })).json()) as HealthBody;
        if (!stopped)
          setDown(
            Object.entries(body.components ?? {})
              .filter(([, c]) => c.state === 'down')
              .map(([name]) => name),
          );
      } catch {
        // No answer at all: the app server itself is unreachable.
        if (!stopped) setDown(['app']);
      }
    };
    const loop = async () => {
      await check();
      if (!stopped) timer = setTimeout(loop, POLL_MS);
    };
    const onVisible = () => void check();
    void loop();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return (
    <div role="status" className="health-banner" data-testid="health-banner" hidden={down.length === 0}>
      {down.length > 0 &&
        `${down.map((name) => NAMES[name] ?? name).join(' and ')} ${down.length === 1 ? 'is' : 'are'} down right now, so some views cannot load. ` +
          'newsgraph reconnects by itself as soon as it is back; no need to reload.'}
    </div>
  );
}
