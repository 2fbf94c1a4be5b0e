'use client';

import { useEffect, useReducer, useRef } from 'react';
import { useSearchParams } from 'next/navigation';
import { INITIAL_VIEW, viewReducer, type ViewState } from '@/lib/cy/view-state';
import { decodeView, encodeView, type UrlView } from '@/lib/cy/url-state';

const urlPart = ({ focus, expanded, added, hiddenTypes, layout, hiddenNodes, pinned, sizeBy, coMentions, positions }: UrlView): UrlView => ({
  focus,
  expanded,
  added,
  hiddenTypes,
  layout,
  hiddenNodes,
  pinned,
  sizeBy,
  coMentions,
  positions,
});

/** The view a link describes; a focused entity is always brought into view (links from articles carry only ?focus). */
function initialView(params: URLSearchParams): ViewState {
  const url = decodeView(params);
  return { ...INITIAL_VIEW, ...url, added: url.focus && !url.added.includes(url.focus) ? [...url.added, url.focus] : url.added };
}

/**
 * The view state, kept in step with the URL both ways: a focus change pushes a history entry (so Back steps
 * through focus changes), other changes replace it; Back/Forward and pasted links restore the view.
 */
export function useView() {
  const searchParams = useSearchParams();
  const [state, dispatch] = useReducer(viewReducer, searchParams, initialView);
  const fromUrl = searchParams.toString();

  // The addresses this hook wrote itself, as URLSearchParams spells them. useSearchParams reports each of them a
  // moment later (a transition); by then the address may have moved on, and applying the old value would undo
  // the newer view and push it again as a new entry (the likely cause of a CI flake: after Back, the details stayed
  // on the neighbour; it would not reproduce here, even with the CPU throttled 20 times).
  const written = useRef<string[]>([]);
  useEffect(() => {
    if (fromUrl !== canonical(window.location.search) && written.current.includes(fromUrl)) return;
    const url = decodeView(fromUrl);
    if (encodeView(url) !== encodeView(urlPart(state))) dispatch({ type: 'restore', state: url });
    // Only a URL change (Back/Forward) should pull state from it; state changes are written below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromUrl]);

  // Back and Forward read the address itself: useSearchParams can lag a pushState just made, and a Back taken
  // before it caught up lands on the value it still holds, so the effect above would not run (seen in CI: Back
  // right after following a neighbour link left the details on the neighbour).
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  useEffect(() => {
    const onPopState = () => {
      const url = decodeView(window.location.search.replace(/^\?/, ''));
      if (encodeView(url) !== encodeView(urlPart(latest.current))) dispatch({ type: 'restore', state: url });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // Positions are recorded a moment after nodes stop moving; writing the URL then must not cancel a link the user
  // just followed (a replaceState during a pending navigation keeps the page where it is).
  const leaving = useRef(false);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      const newTab = event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0 || link?.target === '_blank';
      if (link && !newTab && new URL(link.href, window.location.href).pathname !== window.location.pathname) leaving.current = true;
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, []);

  // The address bar has other owners (?filter= is the filter session's): the view writes only its own parameters,
  // over the address as it is when the effect runs, never over the one this render read (a filter pushed in between
  // would be lost).
  const encoded = encodeView(urlPart(state));
  useEffect(() => {
    if (leaving.current) return;
    const current = window.location.search.replace(/^\?/, '');
    const next = encodeView(urlPart(state), current);
    if (next === current) return;
    const focusChanged = new URLSearchParams(current).get('focus') !== state.focus;
    const url = next ? `?${next}` : window.location.pathname;
    written.current = [...written.current.slice(-49), canonical(next)];
    if (focusChanged) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    // `encoded` stands for the view's URL parameters: the effect runs when they change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [encoded, state.focus]);

  return [state, dispatch] as const;
}

const canonical = (search: string) => new URLSearchParams(search).toString();
