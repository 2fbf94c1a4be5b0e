'use client';

import { useEffect, useReducer } from 'react';
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

  useEffect(() => {
    const url = decodeView(fromUrl);
    if (encodeView(url) !== encodeView(urlPart(state))) dispatch({ type: 'restore', state: url });
    // Only a URL change (Back/Forward) should pull state from it; state changes are written below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromUrl]);

  const encoded = encodeView(urlPart(state), fromUrl);
  useEffect(() => {
    const current = window.location.search.replace(/^\?/, '');
    if (encoded === current) return;
    const focusChanged = new URLSearchParams(current).get('focus') !== state.focus;
    const url = encoded ? `?${encoded}` : window.location.pathname;
    if (focusChanged) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [encoded, state.focus]);

  return [state, dispatch] as const;
}
